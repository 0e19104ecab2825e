"""Languages of the interface and of the content.

The interface is translated into Finnish, Swedish and English. Content for the
mothers is translated (wagtail-localize) into the languages below. Django knows most
codes; Somali (so), Tigrinya (ti) and Dari (prs, ISO 639-3; "fa" would mean Iranian
Persian) are registered here so that i18n URLs, language names and text direction
work for them too.
"""

from django.conf import locale

EXTRA_LANG_INFO = {
    "so": {"bidi": False, "code": "so", "name": "Somali", "name_local": "Soomaali"},
    "ti": {"bidi": False, "code": "ti", "name": "Tigrinya", "name_local": "ትግርኛ"},
    "prs": {"bidi": True, "code": "prs", "name": "Dari", "name_local": "دری"},
}
locale.LANG_INFO.update({k: v for k, v in EXTRA_LANG_INFO.items() if k not in locale.LANG_INFO})

# Finnish first: it is the default language of both the interface and the content.
CONTENT_LANGUAGES = [
    ("fi", "suomi"),
    ("sv", "svenska"),
    ("en", "English"),
    ("ar", "العربية"),
    ("so", "Soomaali"),
    ("ru", "Русский"),
    ("ckb", "کوردی (سۆرانی)"),
    ("prs", "دری"),
    ("ti", "ትግርኛ"),
    ("uk", "Українська"),
]
INTERFACE_LANGUAGES = ["fi", "sv", "en"]
RTL_LANGUAGES = ["ar", "ckb", "fa", "prs", "he", "ur"]
