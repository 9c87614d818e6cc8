from enum import StrEnum


class NotificationTypeEnum(StrEnum):
    ACHIEVEMENT = "achievement"
    AI_TIP = "ai_tip"
    AUTOMATION = "automation"
    BATTLE_PASS = "battle_pass"
    LOAN = "loan"
    MARKETING = "marketing"
    PRICE_ALERT = "price_alert"
    QUEST = "quest"
    SECURITY = "security"
    SYSTEM = "system"
    TRANSACTION = "transaction"

    def __str__(self) -> str:
        return str(self.value)
