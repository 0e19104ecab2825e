"""Published content: no personal data here (see DESIGN.md)."""

from .taxonomy import Audience, AudienceCode, Language, Theme, Venue  # noqa: I001 (import order matters)
from .guides import GuideChapterPage, GuideIndexPage, GuidePage
from .themes import AgendaItem, RelatedChapter, ThemeIndexPage, ThemePackagePage
from .places import Municipality
from .meetings import (
    MeetingIndexPage,
    ThemeMeetingPage,
    attach_places,
    one_per_meeting,
    source_meeting,
    upcoming_meetings,
)
from .series import MeetingSeries, SeriesTheme, Weekday
from .message_texts import MessageText, message_text, missing_translations
from .review import SecondEditorApprovalTask
from .privacy_notice import PrivacyNoticePage, current_privacy_notice_version, privacy_notice_page

__all__ = [
    "AgendaItem",
    "Audience",
    "AudienceCode",
    "GuideChapterPage",
    "GuideIndexPage",
    "GuidePage",
    "Language",
    "MeetingIndexPage",
    "MeetingSeries",
    "MessageText",
    "message_text",
    "missing_translations",
    "SeriesTheme",
    "Weekday",
    "Municipality",
    "PrivacyNoticePage",
    "RelatedChapter",
    "SecondEditorApprovalTask",
    "Theme",
    "ThemeIndexPage",
    "ThemeMeetingPage",
    "attach_places",
    "one_per_meeting",
    "source_meeting",
    "ThemePackagePage",
    "Venue",
    "current_privacy_notice_version",
    "privacy_notice_page",
    "upcoming_meetings",
]
