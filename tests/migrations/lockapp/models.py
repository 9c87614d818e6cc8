from django.db import models


class Widget(models.Model):
    name = models.CharField(max_length=50)
    note = models.CharField(max_length=50, null=True)

    class Meta:
        indexes = [models.Index(fields=["note"], name="lockapp_widget_note_idx")]

    def __str__(self):
        return self.name
