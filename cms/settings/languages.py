"""Languages of the interface and of the content.

Content for the mothers is translated (wagtail-localize) into the languages below,
and the public interface around it (chrome, search, sign-up, volunteer portal, login)
into the same ten, so a reader never meets Finnish chrome around an Arabic page. The
staff admin stays in Finnish, Swedish and English: coordinators work in those. Django knows most
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
INTERFACE_LANGUAGES = [code for code, _name in CONTENT_LANGUAGES]
ADMIN_LANGUAGES = ["fi", "sv", "en"]
RTL_LANGUAGES = ["ar", "ckb", "fa", "prs", "he", "ur"]
