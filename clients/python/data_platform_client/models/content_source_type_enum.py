from enum import StrEnum


class ContentSourceTypeEnum(StrEnum):
    MARKET_REPORT = "market_report"
    NEWS_ARTICLE = "news_article"
    SUBSTACK_ARTICLE = "substack_article"
    TEXT = "text"
    YOUTUBE_VIDEO = "youtube_video"

    def __str__(self) -> str:
        return str(self.value)
