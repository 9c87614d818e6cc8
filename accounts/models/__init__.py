from accounts.models.api_keys import ApiKey as ApiKey
from accounts.models.profiles import UserPreferences as UserPreferences
from accounts.models.profiles import UserProfile as UserProfile
from accounts.models.users import User as User
