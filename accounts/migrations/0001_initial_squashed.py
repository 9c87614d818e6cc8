"""The landed migrations of this app, squashed (issue 14; docs/migrations.md).

Same state and schema as the migrations in ``replaces``: constraints and indexes
are created with their tables (CreateModel options), triggers right after.
A database that applied the replaced names counts this one as applied.
"""
import accounts.models.users
import core.models
import django.db.models.deletion
import django.db.models.functions.datetime
import django.db.models.functions.text
import uuid
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    replaces = [('accounts', '0001_initial')]

    initial = True

    dependencies = [
        ('auth', '0012_alter_user_first_name_max_length'),
    ]

    operations = [
        migrations.CreateModel(
            name='User',
            fields=[
                ('password', models.CharField(max_length=128, verbose_name='password')),
                ('last_login', models.DateTimeField(blank=True, null=True, verbose_name='last login')),
                ('id', models.UUIDField(db_default=core.models.GenRandomUUID(), default=uuid.uuid4, editable=False, primary_key=True, serialize=False)),
                ('email', models.EmailField(blank=True, db_default='', default='', help_text='Unique, case-insensitively. May be empty only for a Clerk-linked user.', max_length=254)),
                ('first_name', models.CharField(blank=True, db_default='', default='', max_length=150)),
                ('last_name', models.CharField(blank=True, db_default='', default='', max_length=150)),
                ('clerk_id', models.CharField(blank=True, help_text='The Clerk user id (seed 000 clerkId); unique when present.', max_length=64, null=True, verbose_name='Clerk id')),
                ('wallet_address', models.CharField(blank=True, help_text='EVM wallet address, 0x followed by 40 hex digits; unique when present.', max_length=42, null=True)),
                ('status', models.CharField(choices=[('pending_verification', 'Pending verification'), ('active', 'Active'), ('suspended', 'Suspended'), ('deactivated', 'Deactivated')], db_default='active', default='active', max_length=24)),
                ('is_active', models.BooleanField(db_default=True, default=True)),
                ('is_staff', models.BooleanField(db_default=False, default=False)),
                ('is_superuser', models.BooleanField(db_default=False, default=False)),
                ('created_at', models.DateTimeField(db_default=django.db.models.functions.datetime.Now(), editable=False)),
                ('updated_at', models.DateTimeField(auto_now=True, db_default=django.db.models.functions.datetime.Now())),
                ('groups', models.ManyToManyField(blank=True, help_text='The groups this user belongs to. A user will get all permissions granted to each of their groups.', related_name='user_set', related_query_name='user', to='auth.group', verbose_name='groups')),
                ('user_permissions', models.ManyToManyField(blank=True, help_text='Specific permissions for this user.', related_name='user_set', related_query_name='user', to='auth.permission', verbose_name='user permissions')),
            ],
            options={
                'ordering': ['-created_at', '-id'],
                'indexes': [models.Index(fields=['status', '-created_at'], name='user_status_created_idx'), models.Index(fields=['-created_at'], name='user_created_idx')],
                'constraints': [models.UniqueConstraint(django.db.models.functions.text.Lower('email'), condition=models.Q(('email', ''), _negated=True), name='accounts_user_email_ci_unique', violation_error_message='A user with this email already exists.'), models.CheckConstraint(condition=models.Q(models.Q(('email', ''), _negated=True), ('clerk_id__isnull', False), _connector='OR'), name='accounts_user_email_or_clerk', violation_error_message='An email is required unless the user is linked to Clerk.'), models.CheckConstraint(condition=models.Q(('email', ''), ('email__regex', '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$'), _connector='OR'), name='accounts_user_email_format', violation_error_message='Enter a valid email address.'), models.UniqueConstraint(fields=('clerk_id',), name='accounts_user_clerk_id_unique', violation_error_message='A user with this Clerk id already exists.'), models.CheckConstraint(condition=models.Q(('clerk_id__isnull', True), models.Q(('clerk_id', ''), _negated=True), _connector='OR'), name='accounts_user_clerk_id_not_blank'), models.UniqueConstraint(django.db.models.functions.text.Lower('wallet_address'), name='accounts_user_wallet_ci_unique', violation_error_message='A user with this wallet address already exists.'), models.CheckConstraint(condition=models.Q(('wallet_address__isnull', True), ('wallet_address__regex', '^0x[0-9a-fA-F]{40}$'), _connector='OR'), name='accounts_user_wallet_format', violation_error_message='A wallet address is 0x followed by 40 hexadecimal digits.'), models.CheckConstraint(condition=models.Q(('status__in', ['pending_verification', 'active', 'suspended', 'deactivated'])), name='accounts_user_status_valid')],
            },
            managers=[
                ('objects', accounts.models.users.UserManager()),
            ],
        ),
        migrations.CreateModel(
            name='ApiKey',
            fields=[
                ('id', models.UUIDField(db_default=core.models.GenRandomUUID(), default=uuid.uuid4, editable=False, primary_key=True, serialize=False)),
                ('name', models.CharField(max_length=100)),
                ('prefix', models.CharField(editable=False, max_length=16)),
                ('key_hash', models.CharField(editable=False, max_length=200)),
                ('created_at', models.DateTimeField(db_default=django.db.models.functions.datetime.Now(), editable=False)),
                ('last_used_at', models.DateTimeField(blank=True, editable=False, null=True)),
                ('expires_at', models.DateTimeField(blank=True, null=True)),
                ('revoked_at', models.DateTimeField(blank=True, null=True)),
                ('user', models.ForeignKey(on_delete=django.db.models.deletion.DB_CASCADE, related_name='api_keys', to=settings.AUTH_USER_MODEL)),
            ],
            options={
                'verbose_name': 'API key',
                'ordering': ['-created_at', '-id'],
                'indexes': [models.Index(fields=['user', '-created_at'], name='apikey_user_created_idx')],
                'constraints': [models.UniqueConstraint(fields=('prefix',), name='accounts_apikey_prefix_unique'), models.CheckConstraint(condition=models.Q(('prefix__regex', '^[A-Za-z0-9]{8,16}$')), name='accounts_apikey_prefix_format'), models.CheckConstraint(condition=models.Q(('key_hash', ''), _negated=True), name='accounts_apikey_key_hash_not_blank'), models.CheckConstraint(condition=models.Q(('name', ''), _negated=True), name='accounts_apikey_name_not_blank')],
            },
        ),
        migrations.CreateModel(
            name='UserPreferences',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('created_at', models.DateTimeField(db_default=django.db.models.functions.datetime.Now(), editable=False)),
                ('updated_at', models.DateTimeField(auto_now=True, db_default=django.db.models.functions.datetime.Now())),
                ('currency', models.CharField(db_default='USD', default='USD', max_length=3)),
                ('language', models.CharField(db_default='en', default='en', max_length=10)),
                ('timezone', models.CharField(db_default='UTC', default='UTC', max_length=64)),
                ('theme', models.CharField(choices=[('system', 'System'), ('light', 'Light'), ('dark', 'Dark')], db_default='system', default='system', max_length=8)),
                ('email_notifications', models.BooleanField(db_default=True, default=True)),
                ('push_notifications', models.BooleanField(db_default=True, default=True)),
                ('marketing_opt_in', models.BooleanField(db_default=False, default=False)),
                ('settings', models.JSONField(blank=True, db_default={}, default=dict)),
                ('user', models.OneToOneField(on_delete=django.db.models.deletion.DB_CASCADE, related_name='preferences', to=settings.AUTH_USER_MODEL)),
            ],
            options={
                'verbose_name_plural': 'user preferences',
                'constraints': [models.CheckConstraint(condition=models.Q(('currency__regex', '^[A-Z]{3}$')), name='accounts_userpreferences_currency_format', violation_error_message='Currency is a three-letter ISO 4217 code in capitals.'), models.CheckConstraint(condition=models.Q(('theme__in', ['system', 'light', 'dark'])), name='accounts_userpreferences_theme_valid'), models.CheckConstraint(condition=models.Q(('language__regex', '^[a-z]{2}(-[A-Z]{2})?$')), name='accounts_userpreferences_language_format')],
            },
        ),
        migrations.CreateModel(
            name='UserProfile',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('created_at', models.DateTimeField(db_default=django.db.models.functions.datetime.Now(), editable=False)),
                ('updated_at', models.DateTimeField(auto_now=True, db_default=django.db.models.functions.datetime.Now())),
                ('display_name', models.CharField(blank=True, db_default='', default='', max_length=100)),
                ('bio', models.TextField(blank=True, db_default='', default='')),
                ('avatar_url', models.URLField(blank=True, db_default='', default='', max_length=500)),
                ('country', models.CharField(blank=True, db_default='', default='', help_text='ISO 3166-1 alpha-2', max_length=2)),
                ('date_of_birth', models.DateField(blank=True, null=True)),
                ('risk_tolerance', models.CharField(choices=[('conservative', 'Conservative'), ('moderate', 'Moderate'), ('aggressive', 'Aggressive')], db_default='moderate', default='moderate', max_length=16)),
                ('investment_experience', models.CharField(choices=[('none', 'None'), ('beginner', 'Beginner'), ('intermediate', 'Intermediate'), ('advanced', 'Advanced')], db_default='none', default='none', max_length=16)),
                ('kyc_status', models.CharField(choices=[('not_started', 'Not started'), ('pending', 'Pending'), ('verified', 'Verified'), ('rejected', 'Rejected')], db_default='not_started', default='not_started', max_length=16)),
                ('user', models.OneToOneField(on_delete=django.db.models.deletion.DB_CASCADE, related_name='profile', to=settings.AUTH_USER_MODEL)),
            ],
            options={
                'constraints': [models.CheckConstraint(condition=models.Q(('risk_tolerance__in', ['conservative', 'moderate', 'aggressive'])), name='accounts_userprofile_risk_tolerance_valid'), models.CheckConstraint(condition=models.Q(('investment_experience__in', ['none', 'beginner', 'intermediate', 'advanced'])), name='accounts_userprofile_experience_valid'), models.CheckConstraint(condition=models.Q(('kyc_status__in', ['not_started', 'pending', 'verified', 'rejected'])), name='accounts_userprofile_kyc_status_valid'), models.CheckConstraint(condition=models.Q(('country', ''), ('country__regex', '^[A-Z]{2}$'), _connector='OR'), name='accounts_userprofile_country_format', violation_error_message='Country is a two-letter ISO code in capitals.')],
            },
        ),
    ]
