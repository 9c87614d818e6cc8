from django.db import migrations

FORWARD = """
CREATE FUNCTION lockapp_widget_name_trim() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN NEW.name := btrim(NEW.name); RETURN NEW; END $$;
CREATE TRIGGER lockapp_widget_name_trim BEFORE INSERT OR UPDATE ON lockapp_widget
    FOR EACH ROW EXECUTE FUNCTION lockapp_widget_name_trim();
"""
BACKWARD = """
DROP TRIGGER lockapp_widget_name_trim ON lockapp_widget;
DROP FUNCTION lockapp_widget_name_trim();
"""


class Migration(migrations.Migration):
    dependencies = [("lockapp", "0004_slow_noop")]
    operations = [migrations.RunSQL(FORWARD, reverse_sql=BACKWARD)]
