"""Demo content for Tukiverkko: guides, theme packages and front-page texts.

Pure data, loaded into Wagtail pages by the demo-data command. All people and venues
are fictional. Facts are kept general; readers are referred to official services
(Kela, the municipality, the wellbeing services county, InfoFinland) for details that
change, such as amounts and deadlines.

Conventions
-----------
* Translatable texts are dicts keyed by language code: {"fi": ..., "en": ..., "ar": ...}.
  Finnish is always present; other languages are translations of the same page.
* Stream bodies are per language: {"fi": [blocks], "en": [blocks], ...}. Every language
  has the same sequence of block types and the same list lengths as the Finnish one.
* A block is a (type, value) tuple:
    ("rich_text", "<p>html</p>")       -- only <p>, <b>, <i>, <a href>, <ul><li>
    ("heading", {"text": str, "level": "h2" | "h3"})
    ("callout", {"kind": "tip" | "note" | "warning", "text": "<p>html</p>"})
    ("checklist", {"title": str, "items": [str, ...]})
    ("key_phrases", {"title": str, "phrases": [{"finnish": str, "translation": str}]})
    ("steps", {"title": str, "steps": [{"title": str, "text": "<p>html</p>"}]})
  In key_phrases "finnish" is identical in every language; in the Finnish version
  "translation" is a plain-language Finnish (selkokieli) explanation.
"""

__all__ = [
    "AUDIENCES",
    "GUIDES",
    "HOME_INTRO",
    "THEMES",
    "THEME_PACKAGES",
    "VENUES",
    "VOLUNTEER_CALL",
]


# Theme taxonomy: slugs are stable identifiers, names are per language.
THEMES = [
    {
        "slug": "finances",
        "name": {
            "fi": "Talous ja raha-asiat",
            "sv": "Ekonomi och penningfrågor",
            "en": "Household finances",
            "ar": "الشؤون المالية للأسرة",
        },
    },
    {
        "slug": "wellbeing-mental-health",
        "name": {
            "fi": "Hyvinvointi ja mielenterveys",
            "sv": "Välmående och psykisk hälsa",
            "en": "Wellbeing and mental health",
            "ar": "الرفاه والصحة النفسية",
        },
    },
    {
        "slug": "health-neuvola",
        "name": {
            "fi": "Terveys ja neuvola",
            "sv": "Hälsa och rådgivningen",
            "en": "Health and the child health clinic",
            "ar": "الصحة وعيادة رعاية الأم والطفل",
        },
    },
    {
        "slug": "daycare-school",
        "name": {
            "fi": "Varhaiskasvatus ja koulu",
            "sv": "Småbarnspedagogik och skola",
            "en": "Early childhood education and school",
            "ar": "التعليم المبكر والمدرسة",
        },
    },
    {
        "slug": "public-services",
        "name": {
            "fi": "Julkiset palvelut",
            "sv": "Offentliga tjänster",
            "en": "Public services",
            "ar": "الخدمات العامة",
        },
    },
    {
        "slug": "work-study",
        "name": {
            "fi": "Työ ja opiskelu",
            "sv": "Arbete och studier",
            "en": "Work and study",
            "ar": "العمل والدراسة",
        },
    },
    {
        "slug": "finnish-language",
        "name": {
            "fi": "Suomen kieli",
            "sv": "Finska språket",
            "en": "Finnish language",
            "ar": "اللغة الفنلندية",
        },
    },
    {
        "slug": "safety",
        "name": {"fi": "Turvallisuus", "sv": "Säkerhet", "en": "Safety", "ar": "السلامة والأمان"},
    },
    {
        "slug": "leisure-seasons",
        "name": {
            "fi": "Vapaa-aika, luonto ja vuodenajat",
            "sv": "Fritid, natur och årstider",
            "en": "Leisure, nature and the seasons",
            "ar": "وقت الفراغ والطبيعة وفصول السنة",
        },
    },
    {
        "slug": "society-rights",
        "name": {
            "fi": "Yhteiskunta ja oikeudet",
            "sv": "Samhälle och rättigheter",
            "en": "Society and rights",
            "ar": "المجتمع والحقوق",
        },
    },
]

AUDIENCES = ["mothers", "spouses", "children", "professionals", "volunteers"]


# Fictional meeting venues, one per Sea Lapland municipality.
VENUES = [
    {
        "name": "Perhetalo Majakka",
        "municipality": "Kemi",
        "address": "Lokkilaiturinkatu 4, 94100 Kemi",
    },
    {
        "name": "Kohtaamispaikka Rantakoivu",
        "municipality": "Tornio",
        "address": "Suvannonrannantie 12, 95400 Tornio",
    },
    {
        "name": "Kylätalo Kirkkoniemi",
        "municipality": "Keminmaa",
        "address": "Pajusaarentie 7, 94400 Keminmaa",
    },
    {
        "name": "Monitoimitila Simonkajo",
        "municipality": "Simo",
        "address": "Tuulimyllyntie 3, 95200 Simo",
    },
    {
        "name": "Perhekammari Tervahovi",
        "municipality": "Tervola",
        "address": "Kuusirinteentie 9, 95300 Tervola",
    },
]


# Front page: welcome text and the call for volunteers.
HOME_INTRO = {
    "fi": (
        "Tervetuloa Tukiverkkoon! Täällä äidit ja perheet, vapaaehtoiset ja työntekijät löytävät "
        "oppaat arkeen Suomessa, teematapaamisten aineistot ja tietoa tuesta lähellä kotia. Lue "
        "oppaita omalla kielelläsi ja tule mukaan äitiryhmään – lapsille järjestetään hoito "
        "tapaamisen ajaksi."
    ),
    "sv": (
        "Välkommen till Tukiverkko! Här hittar mammor och familjer, frivilliga och anställda "
        "guider till vardagen i Finland, material för tematräffarna och information om stöd nära "
        "hemmet. Läs guiderna på ditt eget språk och kom med i mammagruppen – barnen får "
        "barnpassning under träffen."
    ),
    "en": (
        "Welcome to Tukiverkko! Here mothers and families, volunteers and staff find guides to "
        "everyday life in Finland, materials for the theme meetings and information about support "
        "close to home. Read the guides in your own language and join the mothers' group – "
        "childcare is arranged for the children during the meeting."
    ),
    "ar": (
        "أهلاً بكِ في توكيفيركو! هنا تجد الأمهات والعائلات والمتطوعون والعاملون أدلةً للحياة "
        "اليومية في فنلندا، ومواد اللقاءات الأسبوعية، ومعلوماتٍ عن الدعم القريب من البيت. اقرئي "
        "الأدلة بلغتكِ، وانضمّي إلى مجموعة الأمهات، فنحن نعتني بالأطفال أثناء اللقاء."
    ),
}

VOLUNTEER_CALL = {
    "fi": (
        "Ryhdy tukiperheeksi tai kummiksi! Tapaatte maahan muuttaneen perheen kanssa muutaman "
        "kerran kuussa noin vuoden ajan: ulkoilette, leivotte, käytte kirjastossa tai juttelette "
        "suomeksi. Erityistaitoja ei tarvita – saat meiltä koulutuksen, koordinaattorin tuen ja "
        "vertaisryhmän."
    ),
    "sv": (
        "Bli stödfamilj eller fadder! Ni träffar en invandrad familj några gånger i månaden under "
        "ungefär ett år: ni är ute i naturen, bakar, går till biblioteket eller pratar finska. "
        "Inga särskilda kunskaper behövs – du får utbildning, stöd av en koordinator och en "
        "kamratgrupp."
    ),
    "en": (
        "Become a support family or a godparent! You meet an immigrant family a few times a month "
        "for about a year: go outdoors, bake, visit the library or simply talk in Finnish. No "
        "special skills are needed – we give you training, a coordinator's support and a peer "
        "group."
    ),
}


# ----------------------------------------------------------------------------------------
# Guide 1: Kotoudu kotona (Integrate at home) -- public guide for mothers.
# Plain language, short sentences. Addressed to the mother ("sinä").
# ----------------------------------------------------------------------------------------

# Chapter: Suomen palvelut ja sinun oikeutesi (fi, en, ar)
_KK_PALVELUT_JA_OIKEUDET = {
    "slug": "palvelut-ja-oikeudet",
    "title": {
        "fi": "Suomen palvelut ja sinun oikeutesi",
        "en": "Services in Finland and your rights",
        "ar": "الخدمات في فنلندا وحقوقكِ",
    },
    "summary": {
        "fi": (
            "Mistä saat apua Suomessa? Tässä luvussa kerromme tärkeimmistä palveluista ja sinun "
            "oikeuksistasi."
        ),
        "en": (
            "Where can you get help in Finland? This chapter tells you about the most important "
            "services and about your rights."
        ),
        "ar": "أين تجدين المساعدة في فنلندا؟ في هذا الفصل نعرّفكِ بأهم الخدمات وبحقوقكِ.",
    },
    "body": {
        "fi": [
            (
                "rich_text",
                (
                    "<p>Suomessa on paljon palveluja, jotka auttavat perheitä. Monet palvelut ovat "
                    "kaikille, joilla on kotikunta Suomessa. Kiireellistä hoitoa saa aina. Monet "
                    "palvelut ovat maksuttomia tai edullisia. Sinulla on oikeus kysyä, jos et "
                    "ymmärrä. Sinulla on myös oikeus saada apua omalla kielelläsi.</p>"
                ),
            ),
            ("heading", {"text": "Tärkeät paikat", "level": "h2"}),
            (
                "rich_text",
                (
                    "<ul>"
                    "<li><b>Kunta</b> järjestää esimerkiksi varhaiskasvatuksen, koulun, kirjaston, "
                    "liikuntapaikat ja kotoutumispalvelut. Kunnan työllisyyspalvelut auttavat työn "
                    "ja koulutuksen etsimisessä.</li>"
                    "<li><b>Hyvinvointialue</b> järjestää terveyspalvelut ja sosiaalipalvelut, "
                    "esimerkiksi terveysaseman, neuvolan ja sosiaalityön. Meri-Lapissa se on Lapin "
                    "hyvinvointialue.</li>"
                    "<li><b>Kela</b> maksaa tukia, esimerkiksi lapsilisää, asumistukea ja "
                    "vanhempainpäivärahaa.</li>"
                    "<li><b>Maahanmuuttovirasto (Migri)</b> hoitaa oleskeluluvat ja "
                    "kansalaisuuden.</li>"
                    "<li><b>Digi- ja väestötietovirasto (DVV)</b> rekisteröi osoitteen ja "
                    "kotikunnan. Muista tehdä muuttoilmoitus, kun muutat.</li>"
                    "<li><b>Verohallinto</b> antaa verokortin, kun saat palkkaa.</li>"
                    "</ul>"
                ),
            ),
            ("heading", {"text": "Sinun oikeutesi", "level": "h2"}),
            (
                "rich_text",
                (
                    "<p>Suomen laki on sama kaikille. Naisilla ja miehillä on samat oikeudet.</p>"
                    "<ul>"
                    "<li>Saat päättää omasta elämästäsi, esimerkiksi opiskelusta, työstä ja "
                    "avioliitosta.</li>"
                    "<li>Saat oman pankkitilin ja voit hoitaa omia raha-asioitasi.</li>"
                    "<li>Saat terveydenhoitoa ja voit puhua lääkärin kanssa "
                    "luottamuksellisesti.</li>"
                    "<li>Lapsella on oikeus turvalliseen elämään. Lasta ei saa lyödä eikä "
                    "satuttaa.</li>"
                    "<li>Kukaan ei saa syrjiä sinua kielen, uskonnon, ihonvärin tai sukupuolen "
                    "takia.</li>"
                    "</ul>"
                ),
            ),
            ("heading", {"text": "Tulkki ja oma kieli", "level": "h2"}),
            (
                "rich_text",
                (
                    "<p>Voit pyytää tulkkia, kun asioit viranomaisen kanssa, esimerkiksi Kelassa, "
                    "sosiaalitoimistossa tai neuvolassa. Kerro tarpeesta jo, kun varaat ajan. "
                    "Tulkilla on vaitiolovelvollisuus: hän ei kerro asioitasi muille. Älä käytä "
                    "lastasi tulkkina. Lapsen ei pidä kantaa aikuisten asioita.</p>"
                ),
            ),
            (
                "key_phrases",
                {
                    "title": "Hyödyllisiä sanoja",
                    "phrases": [
                        {
                            "finnish": "kotikunta",
                            "translation": "Kunta, jossa asut ja jossa olet rekisterissä.",
                        },
                        {
                            "finnish": "ajanvaraus",
                            "translation": "Sovit ajan, jolloin menet palveluun.",
                        },
                        {
                            "finnish": "tulkki",
                            "translation": "Ihminen, joka kääntää puheen kielestä toiseen.",
                        },
                        {
                            "finnish": "vaitiolovelvollisuus",
                            "translation": "Työntekijä ei saa kertoa asioitasi muille.",
                        },
                        {
                            "finnish": "hakemus",
                            "translation": "Lomake, jolla pyydät tukea tai palvelua.",
                        },
                        {
                            "finnish": "päätös",
                            "translation": "Kirje, jossa kerrotaan, saatko tuen tai palvelun.",
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": (
                        "<p>Jos saat kirjeen etkä ymmärrä sitä, ota kirje mukaan äitiryhmään tai "
                        "näytä se ohjaajalle. Kirjeissä on usein päivämäärä, johon mennessä sinun "
                        "pitää vastata. Monet asiat voit hoitaa verkossa pankkitunnuksilla. Tietoa "
                        "monella kielellä löydät sivulta <a "
                        'href="https://www.infofinland.fi">InfoFinland.fi</a>.</p>'
                    ),
                },
            ),
            (
                "checklist",
                {
                    "title": "Pidä nämä tallessa",
                    "items": [
                        "Passi tai henkilökortti ja oleskelulupakortti",
                        "Kela-kortti",
                        "Pankkitunnukset – älä anna niitä kenellekään",
                        "Tärkeät kirjeet ja päätökset yhdessä kansiossa",
                        "Tärkeät puhelinnumerot: neuvola, terveysasema, päiväkoti ja koulu",
                    ],
                },
            ),
        ],
        "en": [
            (
                "rich_text",
                (
                    "<p>Finland has many services that help families. Many services are for "
                    "everyone who has a municipality of residence in Finland. Urgent care is "
                    "always available. Many services are free or cheap. You have the right to ask "
                    "if you do not understand. You also have the right to get help in your own "
                    "language.</p>"
                ),
            ),
            ("heading", {"text": "Important places", "level": "h2"}),
            (
                "rich_text",
                (
                    "<ul>"
                    "<li><b>The municipality</b> (kunta) provides, for example, early childhood "
                    "education, schools, the library, sports facilities and integration services. "
                    "The municipal employment services help you look for work and training.</li>"
                    "<li><b>The wellbeing services county</b> (hyvinvointialue) provides health "
                    "and social services, for example the health centre, the child health clinic "
                    "(neuvola) and social work. In Sea Lapland this is the Lapland wellbeing "
                    "services county.</li>"
                    "<li><b>Kela</b> pays benefits, for example child benefit, housing allowance "
                    "and parental allowance.</li>"
                    "<li><b>The Finnish Immigration Service (Migri)</b> handles residence permits "
                    "and citizenship.</li>"
                    "<li><b>The Digital and Population Data Services Agency (DVV)</b> registers "
                    "your address and municipality of residence. Remember to give notice of your "
                    "move when you move house.</li>"
                    "<li><b>The Tax Administration</b> (Verohallinto) gives you a tax card when "
                    "you earn a salary.</li>"
                    "</ul>"
                ),
            ),
            ("heading", {"text": "Your rights", "level": "h2"}),
            (
                "rich_text",
                (
                    "<p>The law in Finland is the same for everyone. Women and men have the same "
                    "rights.</p>"
                    "<ul>"
                    "<li>You can decide about your own life, for example about studying, work and "
                    "marriage.</li>"
                    "<li>You can have your own bank account and manage your own money.</li>"
                    "<li>You get health care, and you can talk to a doctor in confidence.</li>"
                    "<li>A child has the right to a safe life. It is not allowed to hit or hurt a "
                    "child.</li>"
                    "<li>No one may discriminate against you because of your language, religion, "
                    "skin colour or gender.</li>"
                    "</ul>"
                ),
            ),
            ("heading", {"text": "Interpreters and your own language", "level": "h2"}),
            (
                "rich_text",
                (
                    "<p>You can ask for an interpreter when you deal with an authority, for "
                    "example at Kela, at the social services office or at the neuvola. Say that "
                    "you need an interpreter already when you book the appointment. An interpreter "
                    "has a duty of confidentiality: they do not tell your matters to others. Do "
                    "not use your child as an interpreter. A child should not carry adult "
                    "matters.</p>"
                ),
            ),
            (
                "key_phrases",
                {
                    "title": "Useful words",
                    "phrases": [
                        {
                            "finnish": "kotikunta",
                            "translation": (
                                "Municipality of residence: the municipality where you live and "
                                "are registered."
                            ),
                        },
                        {
                            "finnish": "ajanvaraus",
                            "translation": (
                                "Appointment booking: you agree on a time when you go to a service."
                            ),
                        },
                        {
                            "finnish": "tulkki",
                            "translation": (
                                "Interpreter: a person who turns speech from one language into "
                                "another."
                            ),
                        },
                        {
                            "finnish": "vaitiolovelvollisuus",
                            "translation": (
                                "Duty of confidentiality: a worker may not tell your matters to "
                                "others."
                            ),
                        },
                        {
                            "finnish": "hakemus",
                            "translation": (
                                "Application: a form you use to ask for a benefit or a service."
                            ),
                        },
                        {
                            "finnish": "päätös",
                            "translation": (
                                "Decision: a letter that tells you whether you get the benefit or "
                                "service."
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": (
                        "<p>If you get a letter and do not understand it, bring it to the mothers' "
                        "group or show it to the group leader. Letters often have a date by which "
                        "you must answer. You can handle many things online with your online "
                        "banking codes. You can find information in many languages at <a "
                        'href="https://www.infofinland.fi">InfoFinland.fi</a>.</p>'
                    ),
                },
            ),
            (
                "checklist",
                {
                    "title": "Keep these safe",
                    "items": [
                        "Passport or identity card and residence permit card",
                        "Kela card",
                        "Online banking codes – never give them to anyone",
                        "Important letters and decisions together in one folder",
                        "Important phone numbers: neuvola, health centre, daycare and school",
                    ],
                },
            ),
        ],
        "ar": [
            (
                "rich_text",
                (
                    "<p>في فنلندا خدمات كثيرة تساعد العائلات. كثير من الخدمات متاح لكل من له بلدية "
                    "سكن في فنلندا. والعلاج العاجل متاح دائماً. كثير من الخدمات مجاني أو رخيص. من "
                    "حقكِ أن تسألي إذا لم تفهمي. ومن حقكِ أيضاً أن تحصلي على المساعدة بلغتكِ.</p>"
                ),
            ),
            ("heading", {"text": "أماكن مهمة", "level": "h2"}),
            (
                "rich_text",
                (
                    "<ul>"
                    "<li><b>البلدية</b> (kunta) تنظّم مثلاً التعليم المبكر والمدرسة والمكتبة "
                    "والملاعب وخدمات الاندماج. وتساعدكِ خدمات التوظيف في البلدية على البحث عن عمل "
                    "أو تدريب.</li>"
                    "<li><b>منطقة الرفاه</b> (hyvinvointialue) تنظّم الخدمات الصحية والاجتماعية، "
                    "مثل المركز الصحي وعيادة رعاية الأم والطفل (نيوفولا) والعمل الاجتماعي. في "
                    "منطقة ميري-لابي هي منطقة الرفاه في لابلاند.</li>"
                    "<li><b>كيلا</b> (Kela) تدفع الإعانات، مثل إعانة الأطفال وإعانة السكن وإعانة "
                    "الوالدين.</li>"
                    "<li><b>دائرة الهجرة الفنلندية</b> (Migri) تتولى تصاريح الإقامة والجنسية.</li>"
                    "<li><b>هيئة الخدمات الرقمية والسكانية</b> (DVV) تسجّل العنوان وبلدية السكن. "
                    "لا تنسي أن ترسلي إشعار الانتقال عندما تنتقلين إلى بيت جديد.</li>"
                    "<li><b>مصلحة الضرائب</b> (Verohallinto) تعطيكِ بطاقة الضريبة عندما تحصلين على "
                    "راتب.</li>"
                    "</ul>"
                ),
            ),
            ("heading", {"text": "حقوقكِ", "level": "h2"}),
            (
                "rich_text",
                (
                    "<p>القانون في فنلندا واحد للجميع. للنساء والرجال الحقوق نفسها.</p>"
                    "<ul>"
                    "<li>من حقكِ أن تقرّري في أمور حياتكِ، مثل الدراسة والعمل والزواج.</li>"
                    "<li>يمكنكِ أن يكون لكِ حساب مصرفي خاص بكِ وأن تديري أموالكِ بنفسكِ.</li>"
                    "<li>تحصلين على الرعاية الصحية، ويمكنكِ أن تتحدثي مع الطبيب بسرّية.</li>"
                    "<li>من حق الطفل أن يعيش في أمان. لا يجوز ضرب الطفل أو إيذاؤه.</li>"
                    "<li>لا يجوز لأحد أن يميّز ضدكِ بسبب لغتكِ أو دينكِ أو لون بشرتكِ أو "
                    "جنسكِ.</li>"
                    "</ul>"
                ),
            ),
            ("heading", {"text": "المترجم ولغتكِ", "level": "h2"}),
            (
                "rich_text",
                (
                    "<p>يمكنكِ أن تطلبي مترجماً عندما تتعاملين مع جهة رسمية، مثلاً في كيلا أو في "
                    "مكتب الخدمات الاجتماعية أو في نيوفولا. اذكري ذلك عند حجز الموعد. المترجم "
                    "ملزَم بالسرّية، أي لا يخبر أحداً بأموركِ. لا تستعملي طفلكِ مترجماً. لا ينبغي "
                    "أن يحمل الطفل هموم الكبار.</p>"
                ),
            ),
            (
                "key_phrases",
                {
                    "title": "كلمات مفيدة",
                    "phrases": [
                        {
                            "finnish": "kotikunta",
                            "translation": (
                                "بلدية السكن: البلدية التي تسكنين فيها وأنتِ مسجّلة فيها."
                            ),
                        },
                        {
                            "finnish": "ajanvaraus",
                            "translation": "حجز موعد: تتفقين على وقت تذهبين فيه إلى الخدمة.",
                        },
                        {
                            "finnish": "tulkki",
                            "translation": "المترجم: شخص ينقل الكلام من لغة إلى لغة أخرى.",
                        },
                        {
                            "finnish": "vaitiolovelvollisuus",
                            "translation": "واجب السرّية: لا يجوز للموظف أن يخبر الآخرين بأموركِ.",
                        },
                        {
                            "finnish": "hakemus",
                            "translation": "طلب: استمارة تطلبين بها إعانة أو خدمة.",
                        },
                        {
                            "finnish": "päätös",
                            "translation": "قرار: رسالة تخبركِ هل تحصلين على الإعانة أو الخدمة.",
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": (
                        "<p>إذا وصلتكِ رسالة ولم تفهميها، أحضريها إلى مجموعة الأمهات أو أريها "
                        "للمرشدة. في الرسائل غالباً تاريخ يجب أن تردّي قبله. يمكنكِ إنجاز أمور "
                        "كثيرة عبر الإنترنت برموز البنك الإلكترونية. وتجدين معلومات بلغات كثيرة في "
                        'موقع <a href="https://www.infofinland.fi">InfoFinland.fi</a>.</p>'
                    ),
                },
            ),
            (
                "checklist",
                {
                    "title": "احتفظي بهذه الأشياء في مكان آمن",
                    "items": [
                        "جواز السفر أو بطاقة الهوية وبطاقة تصريح الإقامة",
                        "بطاقة كيلا",
                        "رموز البنك الإلكترونية – لا تعطيها لأي أحد أبداً",
                        "الرسائل والقرارات المهمة معاً في ملف واحد",
                        "أرقام الهاتف المهمة: نيوفولا والمركز الصحي والروضة والمدرسة",
                    ],
                },
            ),
        ],
    },
}

# Chapter: Terveys ja neuvola (fi, en, ar)
_KK_TERVEYS_JA_NEUVOLA = {
    "slug": "terveys-ja-neuvola",
    "title": {
        "fi": "Terveys ja neuvola",
        "en": "Health and the neuvola",
        "ar": "الصحة وعيادة نيوفولا",
    },
    "summary": {
        "fi": (
            "Neuvola seuraa äidin ja lapsen terveyttä. Tässä luvussa kerromme, mistä saat apua, "
            "kun sinä tai lapsi sairastuu."
        ),
        "en": (
            "The neuvola follows the health of the mother and the child. This chapter tells you "
            "where to get help when you or your child falls ill."
        ),
        "ar": (
            "تتابع عيادة نيوفولا صحة الأم والطفل. في هذا الفصل نخبركِ أين تجدين المساعدة عندما "
            "تمرضين أنتِ أو يمرض طفلكِ."
        ),
    },
    "body": {
        "fi": [
            (
                "rich_text",
                (
                    "<p>Neuvola on paikka, jossa terveydenhoitaja ja lääkäri seuraavat raskautta "
                    "ja lapsen kasvua. Neuvola on maksuton. Sinne mennään, vaikka kaikki olisi "
                    "hyvin. Neuvolassa voit kysyä kaikesta, mikä liittyy perheen arkeen: ruoasta, "
                    "unesta, leikistä ja omasta jaksamisestasi.</p>"
                ),
            ),
            ("heading", {"text": "Äitiysneuvola ja lastenneuvola", "level": "h2"}),
            (
                "rich_text",
                (
                    "<ul>"
                    "<li><b>Äitiysneuvola</b> seuraa raskautta. Ota yhteyttä neuvolaan heti, kun "
                    "tiedät olevasi raskaana. Neuvolan terveystarkastus raskauden alussa on myös "
                    "Kelan äitiysavustuksen ehto.</li>"
                    "<li><b>Lastenneuvola</b> seuraa lapsen kasvua ja kehitystä, kunnes lapsi "
                    "menee kouluun. Koulussa lapsen terveyttä seuraa kouluterveydenhoitaja.</li>"
                    "<li>Lapsi saa neuvolassa rokotukset. Rokotukset ovat maksuttomia ja suojaavat "
                    "vakavilta taudeilta.</li>"
                    "<li>Neuvolassa on myös <b>laajoja terveystarkastuksia</b>. Niihin toivotaan "
                    "molempia vanhempia.</li>"
                    "</ul>"
                ),
            ),
            ("heading", {"text": "Kun sinä tai lapsi sairastuu", "level": "h2"}),
            (
                "steps",
                {
                    "title": "Näin toimit",
                    "steps": [
                        {
                            "title": "Arvioi kiire",
                            "text": (
                                "<p>Jos tilanne on hengenvaarallinen, soita heti hätänumeroon "
                                "112.</p>"
                            ),
                        },
                        {
                            "title": "Soita terveysasemalle",
                            "text": (
                                "<p>Arkipäivisin soita omalle terveysasemalle. Hoitaja kysyy "
                                "oireista ja kertoo, tarvitaanko vastaanottoaika. Voit pyytää "
                                "tulkin.</p>"
                            ),
                        },
                        {
                            "title": "Ilta, yö tai viikonloppu",
                            "text": (
                                "<p>Kun terveysasema on kiinni, soita Päivystysapuun numeroon 116 "
                                "117. Sieltä neuvotaan, pitääkö lähteä päivystykseen.</p>"
                            ),
                        },
                        {
                            "title": "Ota mukaan",
                            "text": (
                                "<p>Henkilöllisyystodistus tai Kela-kortti, lääkkeet tai niiden "
                                "nimet ja lapsen rokotustiedot.</p>"
                            ),
                        },
                        {
                            "title": "Kysy ja varmista",
                            "text": (
                                "<p>Pyydä työntekijää selittämään uudelleen, jos et ymmärrä. Kysy, "
                                "miten lääke otetaan ja milloin pitää tulla uudelleen.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "rich_text",
                (
                    "<p>Myös hampaat ja mieli ovat osa terveyttä. Lasten ja nuorten hammashoito on "
                    "julkisessa palvelussa maksutonta. Jos olet pitkään väsynyt tai surullinen tai "
                    "et saa nukuttua, kerro siitä neuvolassa tai terveysasemalla. Apua on "
                    "saatavilla, ja asiasi pysyvät luottamuksellisina.</p>"
                ),
            ),
            (
                "key_phrases",
                {
                    "title": "Sanoja terveysasemalle",
                    "phrases": [
                        {
                            "finnish": "neuvola",
                            "translation": "Paikka, jossa seurataan raskautta ja lapsen kasvua.",
                        },
                        {
                            "finnish": "terveysasema",
                            "translation": (
                                "Paikka, jossa on lääkäri ja hoitaja. Sinne mennään, kun on sairas."
                            ),
                        },
                        {
                            "finnish": "päivystys",
                            "translation": (
                                "Paikka, jossa hoidetaan kiireelliset sairaudet myös yöllä."
                            ),
                        },
                        {
                            "finnish": "resepti",
                            "translation": "Lääkärin lupa ostaa lääkettä apteekista.",
                        },
                        {"finnish": "rokotus", "translation": "Pistos, joka suojaa taudeilta."},
                        {
                            "finnish": "Minulla on kipua.",
                            "translation": "Sanot tämän, kun johonkin sattuu.",
                        },
                        {
                            "finnish": "Tarvitsen tulkin.",
                            "translation": "Pyydät tulkkia, joka puhuu kieltäsi.",
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "text": (
                        "<p>Soita 112, jos joku ei hengitä, on tajuton tai on loukkaantunut "
                        "vakavasti. Soita 112 myös, jos lapsi saa kouristuksen ensimmäistä kertaa. "
                        "Myrkytystietokeskus neuvoo myrkytyksissä ympäri vuorokauden numerossa "
                        "0800 147 111.</p>"
                    ),
                },
            ),
        ],
        "en": [
            (
                "rich_text",
                (
                    "<p>The neuvola is a clinic where a public health nurse and a doctor follow "
                    "your pregnancy and your child's growth. The neuvola is free of charge. You go "
                    "there even when everything is fine. At the neuvola you can ask about anything "
                    "in your family's everyday life: food, sleep, play and how you are coping.</p>"
                ),
            ),
            ("heading", {"text": "Maternity clinic and child health clinic", "level": "h2"}),
            (
                "rich_text",
                (
                    "<ul>"
                    "<li><b>The maternity clinic</b> (äitiysneuvola) follows your pregnancy. "
                    "Contact the neuvola as soon as you know you are pregnant. A health check at "
                    "the neuvola early in pregnancy is also a condition for Kela's maternity "
                    "grant.</li>"
                    "<li><b>The child health clinic</b> (lastenneuvola) follows your child's "
                    "growth and development until the child starts school. At school the school "
                    "nurse follows the child's health.</li>"
                    "<li>Your child gets vaccinations at the neuvola. Vaccinations are free and "
                    "protect against serious diseases.</li>"
                    "<li>The neuvola also has <b>extensive health checks</b>. Both parents are "
                    "welcome to come to them.</li>"
                    "</ul>"
                ),
            ),
            ("heading", {"text": "When you or your child falls ill", "level": "h2"}),
            (
                "steps",
                {
                    "title": "What to do",
                    "steps": [
                        {
                            "title": "Judge how urgent it is",
                            "text": (
                                "<p>If a life is in danger, call the emergency number 112 at "
                                "once.</p>"
                            ),
                        },
                        {
                            "title": "Call the health centre",
                            "text": (
                                "<p>On weekdays, call your own health centre. A nurse asks about "
                                "the symptoms and tells you whether you need an appointment. You "
                                "can ask for an interpreter.</p>"
                            ),
                        },
                        {
                            "title": "Evening, night or weekend",
                            "text": (
                                "<p>When the health centre is closed, call the medical helpline "
                                "Päivystysapu on 116 117. They tell you whether you need to go to "
                                "the emergency clinic.</p>"
                            ),
                        },
                        {
                            "title": "Take with you",
                            "text": (
                                "<p>Your identity document or Kela card, your medicines or their "
                                "names, and your child's vaccination record.</p>"
                            ),
                        },
                        {
                            "title": "Ask and check",
                            "text": (
                                "<p>Ask the worker to explain again if you do not understand. Ask "
                                "how to take the medicine and when you need to come back.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "rich_text",
                (
                    "<p>Teeth and the mind are also part of health. Dental care for children and "
                    "young people is free in public services. If you have been tired or sad for a "
                    "long time, or you cannot sleep, tell the neuvola or the health centre. Help "
                    "is available, and your matters stay confidential.</p>"
                ),
            ),
            (
                "key_phrases",
                {
                    "title": "Words for the health centre",
                    "phrases": [
                        {
                            "finnish": "neuvola",
                            "translation": "Clinic that follows pregnancy and a child's growth.",
                        },
                        {
                            "finnish": "terveysasema",
                            "translation": (
                                "Health centre with a doctor and a nurse. You go there when you "
                                "are ill."
                            ),
                        },
                        {
                            "finnish": "päivystys",
                            "translation": (
                                "Emergency clinic that treats urgent illness, also at night."
                            ),
                        },
                        {
                            "finnish": "resepti",
                            "translation": (
                                "Prescription: a doctor's permission to buy a medicine at the "
                                "pharmacy."
                            ),
                        },
                        {
                            "finnish": "rokotus",
                            "translation": (
                                "Vaccination: an injection that protects against disease."
                            ),
                        },
                        {"finnish": "Minulla on kipua.", "translation": "I am in pain."},
                        {"finnish": "Tarvitsen tulkin.", "translation": "I need an interpreter."},
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "text": (
                        "<p>Call 112 if someone is not breathing, is unconscious or is seriously "
                        "injured. Also call 112 if a child has a seizure for the first time. The "
                        "Poison Information Centre gives advice on poisonings day and night on "
                        "0800 147 111.</p>"
                    ),
                },
            ),
        ],
        "ar": [
            (
                "rich_text",
                (
                    "<p>نيوفولا (neuvola) عيادة تتابع فيها الممرضة الصحية والطبيب الحمل ونموّ "
                    "الطفل. الخدمة في نيوفولا مجانية. نذهب إليها حتى عندما يكون كل شيء على ما "
                    "يرام. في نيوفولا يمكنكِ أن تسألي عن كل ما يخص حياة أسرتكِ اليومية: الطعام "
                    "والنوم واللعب وكيف تتحمّلين أعباءكِ.</p>"
                ),
            ),
            ("heading", {"text": "عيادة الأمومة وعيادة الطفل", "level": "h2"}),
            (
                "rich_text",
                (
                    "<ul>"
                    "<li><b>عيادة الأمومة</b> (äitiysneuvola) تتابع الحمل. اتصلي بعيادة نيوفولا "
                    "فور معرفتكِ بأنكِ حامل. الفحص الصحي في نيوفولا في بداية الحمل شرط أيضاً "
                    "للحصول على منحة الأمومة من كيلا.</li>"
                    "<li><b>عيادة الطفل</b> (lastenneuvola) تتابع نموّ الطفل وتطوّره حتى يدخل "
                    "المدرسة. وفي المدرسة تتابع ممرضة المدرسة صحة الطفل.</li>"
                    "<li>يحصل الطفل على اللقاحات في نيوفولا. اللقاحات مجانية وتحمي من أمراض "
                    "خطيرة.</li>"
                    "<li>في نيوفولا أيضاً <b>فحوص صحية شاملة</b>، ويُرجى أن يحضرها الوالدان "
                    "كلاهما.</li>"
                    "</ul>"
                ),
            ),
            ("heading", {"text": "عندما تمرضين أنتِ أو يمرض طفلكِ", "level": "h2"}),
            (
                "steps",
                {
                    "title": "ماذا تفعلين",
                    "steps": [
                        {
                            "title": "قدّري درجة الخطر",
                            "text": "<p>إذا كانت الحياة في خطر، اتصلي فوراً برقم الطوارئ 112.</p>",
                        },
                        {
                            "title": "اتصلي بالمركز الصحي",
                            "text": (
                                "<p>في أيام العمل اتصلي بمركزكِ الصحي. تسألكِ الممرضة عن الأعراض "
                                "وتخبركِ هل تحتاجين إلى موعد. يمكنكِ أن تطلبي مترجماً.</p>"
                            ),
                        },
                        {
                            "title": "في المساء أو الليل أو عطلة نهاية الأسبوع",
                            "text": (
                                "<p>عندما يكون المركز الصحي مغلقاً، اتصلي بخط المساعدة الطبية "
                                "(Päivystysapu) على الرقم 116 117. هناك يخبرونكِ هل يجب الذهاب إلى "
                                "قسم الطوارئ.</p>"
                            ),
                        },
                        {
                            "title": "خذي معكِ",
                            "text": (
                                "<p>وثيقة الهوية أو بطاقة كيلا، والأدوية أو أسماءها، وسجلّ لقاحات "
                                "الطفل.</p>"
                            ),
                        },
                        {
                            "title": "اسألي وتأكّدي",
                            "text": (
                                "<p>اطلبي من الموظف أن يشرح مرة أخرى إذا لم تفهمي. اسألي كيف يؤخذ "
                                "الدواء ومتى يجب أن تعودي.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "rich_text",
                (
                    "<p>الأسنان والنفس أيضاً جزء من الصحة. علاج الأسنان للأطفال والشباب مجاني في "
                    "الخدمات العامة. إذا كنتِ متعبة أو حزينة مدة طويلة أو لا تستطيعين النوم، أخبري "
                    "نيوفولا أو المركز الصحي. المساعدة متوفرة، وأموركِ تبقى سرّية.</p>"
                ),
            ),
            (
                "key_phrases",
                {
                    "title": "كلمات للمركز الصحي",
                    "phrases": [
                        {"finnish": "neuvola", "translation": "عيادة تتابع الحمل ونموّ الطفل."},
                        {
                            "finnish": "terveysasema",
                            "translation": "المركز الصحي: فيه طبيب وممرضة، نذهب إليه عند المرض.",
                        },
                        {
                            "finnish": "päivystys",
                            "translation": "قسم الطوارئ: يعالج الحالات العاجلة، حتى في الليل.",
                        },
                        {
                            "finnish": "resepti",
                            "translation": "وصفة طبية: إذن من الطبيب لشراء الدواء من الصيدلية.",
                        },
                        {"finnish": "rokotus", "translation": "لقاح: حقنة تحمي من الأمراض."},
                        {"finnish": "Minulla on kipua.", "translation": "أشعر بألم."},
                        {"finnish": "Tarvitsen tulkin.", "translation": "أحتاج إلى مترجم."},
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "text": (
                        "<p>اتصلي بالرقم 112 إذا كان أحد لا يتنفس أو فاقداً للوعي أو مصاباً إصابة "
                        "خطيرة. واتصلي بالرقم 112 أيضاً إذا أصابت الطفلَ نوبةُ تشنّج لأول مرة. "
                        "مركز معلومات السموم يقدّم النصيحة في حالات التسمم ليلاً ونهاراً على الرقم "
                        "0800 147 111.</p>"
                    ),
                },
            ),
        ],
    },
}

# Chapter: Varhaiskasvatus ja koulu (fi, en)
_KK_VARHAISKASVATUS_JA_KOULU = {
    "slug": "varhaiskasvatus-ja-koulu",
    "title": {"fi": "Varhaiskasvatus ja koulu", "en": "Early childhood education and school"},
    "summary": {
        "fi": (
            "Päiväkoti, esiopetus ja koulu tukevat lapsen kasvua ja oppimista. Näin ne toimivat ja "
            "näin teet yhteistyötä niiden kanssa."
        ),
        "en": (
            "Daycare, pre-primary education and school support your child's growth and learning. "
            "This is how they work and how you can work together with them."
        ),
    },
    "body": {
        "fi": [
            (
                "rich_text",
                (
                    "<p>Suomessa lapsi voi mennä varhaiskasvatukseen jo pienenä. Varhaiskasvatus "
                    "tarkoittaa päiväkotia tai perhepäivähoitoa. Siellä lapsi leikkii, ulkoilee, "
                    "syö ja oppii suomea muiden lasten kanssa. Kasvattajat ovat koulutettuja "
                    "ammattilaisia. Varhaiskasvatus auttaa lasta myös koulun alussa.</p>"
                ),
            ),
            ("heading", {"text": "Varhaiskasvatus", "level": "h2"}),
            (
                "rich_text",
                (
                    "<ul>"
                    "<li>Hae varhaiskasvatuspaikkaa kunnasta viimeistään neljä kuukautta ennen "
                    "kuin tarvitset sitä. Jos saat äkillisesti työ- tai opiskelupaikan, voit hakea "
                    "paikkaa kaksi viikkoa ennen.</li>"
                    "<li>Maksu riippuu perheen tuloista ja koosta. Pienituloiselle perheelle "
                    "varhaiskasvatus voi olla maksutonta.</li>"
                    "<li>Jokaiselle lapselle tehdään oma varhaiskasvatussuunnitelma yhdessä "
                    "vanhempien kanssa.</li>"
                    "<li>Kerro päiväkotiin lapsen allergiat, ruokavalio ja sairaudet.</li>"
                    "</ul>"
                ),
            ),
            ("heading", {"text": "Esiopetus ja koulu", "level": "h2"}),
            (
                "rich_text",
                (
                    "<ul>"
                    "<li>Vuotta ennen koulua lapsi menee esiopetukseen. Esiopetus on pakollista ja "
                    "maksutonta.</li>"
                    "<li>Koulu alkaa sinä vuonna, kun lapsi täyttää seitsemän vuotta. Peruskoulu "
                    "kestää yhdeksän vuotta.</li>"
                    "<li>Oppivelvollisuus jatkuu, kunnes nuori täyttää 18 vuotta. Peruskoulun "
                    "jälkeen nuori jatkaa lukioon, ammatilliseen koulutukseen tai valmentavaan "
                    "koulutukseen.</li>"
                    "<li>Koulussa lapsi saa maksuttoman opetuksen, kirjat ja lounaan.</li>"
                    "<li>Lapsi voi saada suomen kielen opetusta (suomi toisena kielenä) ja usein "
                    "myös oman äidinkielen opetusta.</li>"
                    "</ul>"
                ),
            ),
            ("heading", {"text": "Yhteistyö kodin kanssa", "level": "h2"}),
            (
                "rich_text",
                (
                    "<p>Päiväkoti ja koulu haluavat tehdä yhteistyötä vanhempien kanssa. Koulu "
                    "lähettää viestejä usein Wilma-palvelussa. Opettaja kutsuu sinut "
                    "keskustelemaan lapsen koulunkäynnistä. Voit pyytää tulkin näihin tapaamisiin. "
                    "Jos lapsi on sairas, ilmoita siitä kouluun tai päiväkotiin aamulla.</p>"
                ),
            ),
            (
                "key_phrases",
                {
                    "title": "Sanoja päiväkotiin ja kouluun",
                    "phrases": [
                        {
                            "finnish": "varhaiskasvatus",
                            "translation": "Päiväkoti tai perhepäivähoito pienille lapsille.",
                        },
                        {
                            "finnish": "esiopetus",
                            "translation": "Vuosi ennen koulua. Lapsi on yleensä kuusivuotias.",
                        },
                        {
                            "finnish": "Wilma",
                            "translation": (
                                "Verkkopalvelu, jossa koulu ja koti lähettävät viestejä."
                            ),
                        },
                        {
                            "finnish": "poissaolo",
                            "translation": (
                                "Lapsi ei ole koulussa, esimerkiksi koska hän on sairas."
                            ),
                        },
                        {
                            "finnish": "vanhempainvartti",
                            "translation": (
                                "Lyhyt keskustelu opettajan kanssa lapsen koulunkäynnistä."
                            ),
                        },
                        {
                            "finnish": "Lapseni on tänään kotona sairaana.",
                            "translation": "Näin ilmoitat, että lapsi ei tule tänään.",
                        },
                    ],
                },
            ),
            (
                "checklist",
                {
                    "title": "Ennen ensimmäistä päivää",
                    "items": [
                        "Ulkovaatteet sään mukaan ja varavaatteet",
                        "Kumisaappaat ja sadevaatteet",
                        "Lapsen nimi vaatteisiin ja kenkiin",
                        "Tutustumiskäynti yhdessä lapsen kanssa",
                        "Päiväkodin tai koulun puhelinnumero puhelimeen",
                        "Allergiat ja lääkkeet kerrottu henkilökunnalle",
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": (
                        "<p>Puhu kotona lapsen kanssa omaa äidinkieltäsi. Lapsi oppii suomea "
                        "päiväkodissa ja koulussa. Vahva oma äidinkieli auttaa oppimaan myös "
                        "suomea.</p>"
                    ),
                },
            ),
        ],
        "en": [
            (
                "rich_text",
                (
                    "<p>In Finland a child can start early childhood education already when small. "
                    "Early childhood education means a daycare centre or family daycare. There the "
                    "child plays, goes outdoors, eats and learns Finnish with other children. The "
                    "educators are trained professionals. Early childhood education also helps the "
                    "child when school starts.</p>"
                ),
            ),
            ("heading", {"text": "Early childhood education", "level": "h2"}),
            (
                "rich_text",
                (
                    "<ul>"
                    "<li>Apply for an early childhood education place from the municipality at "
                    "least four months before you need it. If you suddenly get a job or a study "
                    "place, you can apply two weeks before.</li>"
                    "<li>The fee depends on your family's income and size. For a low-income family "
                    "early childhood education can be free.</li>"
                    "<li>Each child gets their own early childhood education plan, made together "
                    "with the parents.</li>"
                    "<li>Tell the daycare about your child's allergies, diet and illnesses.</li>"
                    "</ul>"
                ),
            ),
            ("heading", {"text": "Pre-primary education and school", "level": "h2"}),
            (
                "rich_text",
                (
                    "<ul>"
                    "<li>One year before school the child goes to pre-primary education "
                    "(esiopetus). Pre-primary education is compulsory and free.</li>"
                    "<li>School starts in the year the child turns seven. Basic education lasts "
                    "nine years.</li>"
                    "<li>Compulsory education continues until the young person turns 18. After "
                    "basic education they continue to upper secondary school, vocational education "
                    "or preparatory education.</li>"
                    "<li>At school the teaching, books and lunch are free.</li>"
                    "<li>Your child can get teaching in Finnish as a second language and often "
                    "also teaching in their own mother tongue.</li>"
                    "</ul>"
                ),
            ),
            ("heading", {"text": "Working together with home", "level": "h2"}),
            (
                "rich_text",
                (
                    "<p>Daycare and school want to work together with parents. Schools often send "
                    "messages through the Wilma service. The teacher invites you to talk about "
                    "your child's schooling. You can ask for an interpreter for these meetings. If "
                    "your child is ill, tell the school or the daycare in the morning.</p>"
                ),
            ),
            (
                "key_phrases",
                {
                    "title": "Words for daycare and school",
                    "phrases": [
                        {
                            "finnish": "varhaiskasvatus",
                            "translation": (
                                "Early childhood education: daycare centre or family daycare for "
                                "small children."
                            ),
                        },
                        {
                            "finnish": "esiopetus",
                            "translation": (
                                "Pre-primary education: the year before school. The child is "
                                "usually six."
                            ),
                        },
                        {
                            "finnish": "Wilma",
                            "translation": "Online service where school and home send messages.",
                        },
                        {
                            "finnish": "poissaolo",
                            "translation": (
                                "Absence: the child is not at school, for example because they are "
                                "ill."
                            ),
                        },
                        {
                            "finnish": "vanhempainvartti",
                            "translation": (
                                "A short talk with the teacher about the child's schooling."
                            ),
                        },
                        {
                            "finnish": "Lapseni on tänään kotona sairaana.",
                            "translation": "My child is at home sick today.",
                        },
                    ],
                },
            ),
            (
                "checklist",
                {
                    "title": "Before the first day",
                    "items": [
                        "Outdoor clothes for the weather and spare clothes",
                        "Rubber boots and rain clothes",
                        "Your child's name in clothes and shoes",
                        "A visit together with your child to get to know the place",
                        "The daycare or school phone number saved in your phone",
                        "Allergies and medicines told to the staff",
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": (
                        "<p>Speak your own mother tongue with your child at home. Your child "
                        "learns Finnish at daycare and school. A strong mother tongue also helps "
                        "in learning Finnish.</p>"
                    ),
                },
            ),
        ],
    },
}

# Chapter: Raha ja arki (fi, en)
_KK_RAHA_JA_ARKI = {
    "slug": "raha-ja-arki",
    "title": {"fi": "Raha ja arki", "en": "Money and everyday life"},
    "summary": {
        "fi": (
            "Kun tiedät, paljonko rahaa tulee ja mihin sitä menee, arki on helpompaa. Tässä "
            "luvussa opit tekemään budjetin ja hoitamaan laskut."
        ),
        "en": (
            "When you know how much money comes in and where it goes, everyday life is easier. In "
            "this chapter you learn to make a budget and handle bills."
        ),
    },
    "body": {
        "fi": [
            (
                "rich_text",
                (
                    "<p>Hyvä raha-arki tarkoittaa, että tiedät, paljonko rahaa tulee ja mihin sitä "
                    "menee. Kun suunnittelet kuukauden etukäteen, vältät velkoja ja stressiä. "
                    "Raha-asioista kannattaa puhua yhdessä puolison kanssa.</p>"
                ),
            ),
            ("heading", {"text": "Tee oma budjetti", "level": "h2"}),
            (
                "steps",
                {
                    "title": "Budjetti neljässä vaiheessa",
                    "steps": [
                        {
                            "title": "Kirjoita tulot",
                            "text": (
                                "<p>Kirjoita ylös kaikki kuukauden tulot: palkka, Kelan tuet ja "
                                "muut tulot. Katso, minä päivänä raha tulee tilille.</p>"
                            ),
                        },
                        {
                            "title": "Kirjoita pakolliset menot",
                            "text": (
                                "<p>Vuokra, sähkö, vesi, kotivakuutus, puhelin, internet, "
                                "bussiliput ja varhaiskasvatusmaksu. Nämä maksetaan ensin.</p>"
                            ),
                        },
                        {
                            "title": "Arvioi ruoka ja muut menot",
                            "text": (
                                "<p>Ruoka, hygieniatuotteet, vaatteet ja lasten harrastukset. Tee "
                                "kauppalista ja vertaa hintoja.</p>"
                            ),
                        },
                        {
                            "title": "Säästä pieni summa",
                            "text": (
                                "<p>Laita joka kuukausi vähän rahaa sivuun. Säästöstä on apua, kun "
                                "pesukone hajoaa tai lapsi tarvitsee talvikengät.</p>"
                            ),
                        },
                    ],
                },
            ),
            ("heading", {"text": "Laskut ja eräpäivät", "level": "h2"}),
            (
                "rich_text",
                (
                    "<p>Laskussa on eräpäivä. Se on päivä, johon mennessä lasku pitää maksaa.</p>"
                    "<ul>"
                    "<li>Maksa lasku ajoissa. Myöhästyneestä laskusta tulee lisämaksuja.</li>"
                    "<li>Jos et pysty maksamaan, soita heti laskun lähettäjälle ja pyydä lisää "
                    "maksuaikaa tai maksusuunnitelmaa.</li>"
                    "<li>Avaa aina perintäkirje. Jos laskuja jää maksamatta pitkäksi aikaa, "
                    "sinulle voi tulla maksuhäiriömerkintä. Se vaikeuttaa esimerkiksi asunnon "
                    "vuokraamista.</li>"
                    "<li>E-lasku ja suoramaksu auttavat muistamaan eräpäivät.</li>"
                    "</ul>"
                ),
            ),
            ("heading", {"text": "Kelan tuet", "level": "h2"}),
            (
                "rich_text",
                (
                    "<p>Kela maksaa lapsiperheille esimerkiksi lapsilisää, asumistukea ja "
                    "tarvittaessa perustoimeentulotukea. Tuet pitää hakea. Ne eivät tule "
                    "automaattisesti. Ilmoita Kelaan aina, jos tulosi, osoitteesi tai perheesi "
                    "tilanne muuttuu. Muuten voit joutua maksamaan tukea takaisin.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "text": (
                        "<p>Älä koskaan anna pankkitunnuksiasi, tunnuslukujasi tai korttisi "
                        "tietoja kenellekään – et edes ystävälle. Pankki tai poliisi ei kysy niitä "
                        "puhelimessa tai viestillä. Ole varovainen pikavippien kanssa: ne ovat "
                        "kalliita, ja velka kasvaa nopeasti.</p>"
                    ),
                },
            ),
            (
                "key_phrases",
                {
                    "title": "Sanoja raha-asioihin",
                    "phrases": [
                        {"finnish": "tulot", "translation": "Raha, jonka saat: palkka ja tuet."},
                        {
                            "finnish": "menot",
                            "translation": "Raha, jonka käytät: vuokra, ruoka ja laskut.",
                        },
                        {
                            "finnish": "eräpäivä",
                            "translation": "Viimeinen päivä, jolloin lasku pitää maksaa.",
                        },
                        {
                            "finnish": "maksusuunnitelma",
                            "translation": "Sopimus, että maksat laskun pienissä osissa.",
                        },
                        {
                            "finnish": "asumistuki",
                            "translation": "Kelan tuki, joka auttaa maksamaan vuokraa.",
                        },
                        {
                            "finnish": "lapsilisä",
                            "translation": (
                                "Kelan raha lapsen hoitoon. Se maksetaan, kunnes lapsi täyttää 17 "
                                "vuotta."
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": (
                        "<p>Jos rahat eivät riitä tai velkaa on paljon, voit saada maksutonta apua "
                        "talous- ja velkaneuvonnasta. Neuvoja auttaa tekemään suunnitelman. "
                        "Äitiryhmän ohjaaja auttaa sinua ottamaan yhteyttä.</p>"
                    ),
                },
            ),
        ],
        "en": [
            (
                "rich_text",
                (
                    "<p>Managing money well means that you know how much money comes in and where "
                    "it goes. When you plan the month ahead, you avoid debt and stress. It is good "
                    "to talk about money together with your spouse.</p>"
                ),
            ),
            ("heading", {"text": "Make your own budget", "level": "h2"}),
            (
                "steps",
                {
                    "title": "A budget in four steps",
                    "steps": [
                        {
                            "title": "Write down your income",
                            "text": (
                                "<p>Write down all the income of the month: salary, Kela benefits "
                                "and other income. Check on which day the money arrives in your "
                                "account.</p>"
                            ),
                        },
                        {
                            "title": "Write down the fixed costs",
                            "text": (
                                "<p>Rent, electricity, water, home insurance, phone, internet, bus "
                                "tickets and the early childhood education fee. Pay these "
                                "first.</p>"
                            ),
                        },
                        {
                            "title": "Estimate food and other costs",
                            "text": (
                                "<p>Food, hygiene products, clothes and children's hobbies. Make a "
                                "shopping list and compare prices.</p>"
                            ),
                        },
                        {
                            "title": "Save a small amount",
                            "text": (
                                "<p>Put a little money aside every month. Savings help when the "
                                "washing machine breaks or your child needs winter shoes.</p>"
                            ),
                        },
                    ],
                },
            ),
            ("heading", {"text": "Bills and due dates", "level": "h2"}),
            (
                "rich_text",
                (
                    "<p>A bill has a due date. It is the day by which the bill must be paid.</p>"
                    "<ul>"
                    "<li>Pay bills on time. A late bill brings extra charges.</li>"
                    "<li>If you cannot pay, call the sender of the bill at once and ask for more "
                    "time or a payment plan.</li>"
                    "<li>Always open a debt collection letter. If bills stay unpaid for a long "
                    "time, you may get a payment default entry. It makes it harder, for example, "
                    "to rent a flat.</li>"
                    "<li>E-invoices and direct payment help you remember due dates.</li>"
                    "</ul>"
                ),
            ),
            ("heading", {"text": "Kela benefits", "level": "h2"}),
            (
                "rich_text",
                (
                    "<p>Kela pays families with children, for example, child benefit, housing "
                    "allowance and, when needed, basic social assistance. You must apply for "
                    "benefits. They do not come automatically. Always tell Kela if your income, "
                    "address or family situation changes. Otherwise you may have to pay benefits "
                    "back.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "text": (
                        "<p>Never give your online banking codes, PIN codes or card details to "
                        "anyone – not even to a friend. Your bank or the police never ask for them "
                        "by phone or message. Be careful with payday loans (pikavippi): they are "
                        "expensive, and the debt grows fast.</p>"
                    ),
                },
            ),
            (
                "key_phrases",
                {
                    "title": "Words about money",
                    "phrases": [
                        {
                            "finnish": "tulot",
                            "translation": (
                                "Income: the money you get, such as salary and benefits."
                            ),
                        },
                        {
                            "finnish": "menot",
                            "translation": "Expenses: the money you spend on rent, food and bills.",
                        },
                        {
                            "finnish": "eräpäivä",
                            "translation": "Due date: the last day to pay a bill.",
                        },
                        {
                            "finnish": "maksusuunnitelma",
                            "translation": (
                                "Payment plan: an agreement to pay a bill in small parts."
                            ),
                        },
                        {
                            "finnish": "asumistuki",
                            "translation": (
                                "Housing allowance: Kela's support that helps you pay rent."
                            ),
                        },
                        {
                            "finnish": "lapsilisä",
                            "translation": (
                                "Child benefit: Kela's money for looking after a child, paid until "
                                "the child turns 17."
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": (
                        "<p>If your money is not enough or you have a lot of debt, you can get "
                        "free help from financial and debt counselling (talous- ja velkaneuvonta). "
                        "A counsellor helps you make a plan. The mothers' group leader can help "
                        "you get in touch.</p>"
                    ),
                },
            ),
        ],
    },
}

# Chapter: Turvallisuus ja hätänumero 112 (fi, en, ar)
_KK_TURVALLISUUS_JA_112 = {
    "slug": "turvallisuus-ja-112",
    "title": {
        "fi": "Turvallisuus ja hätänumero 112",
        "en": "Safety and the emergency number 112",
        "ar": "السلامة ورقم الطوارئ 112",
    },
    "summary": {
        "fi": (
            "Mitä teet hätätilanteessa? Miten teet kodista turvallisen lapsille? Tässä luvussa "
            "ovat tärkeimmät ohjeet."
        ),
        "en": (
            "What do you do in an emergency? How do you make your home safe for children? This "
            "chapter has the most important advice."
        ),
        "ar": (
            "ماذا تفعلين في حالة الطوارئ؟ وكيف تجعلين بيتكِ آمناً للأطفال؟ في هذا الفصل أهم النصائح."
        ),
    },
    "body": {
        "fi": [
            (
                "rich_text",
                (
                    "<p>Suomi on turvallinen maa. Silti on hyvä tietää, mitä tehdä "
                    "hätätilanteessa. Hätänumero on <b>112</b>. Numero on sama koko Suomessa ja "
                    "muissa EU-maissa. Soitto on maksuton, ja siihen voi soittaa myös ilman "
                    "puhelinliittymän saldoa.</p>"
                ),
            ),
            (
                "steps",
                {
                    "title": "Näin soitat hätänumeroon",
                    "steps": [
                        {
                            "title": "Soita 112",
                            "text": (
                                "<p>Soita itse, jos voit. Älä lopeta puhelua ennen kuin saat "
                                "luvan.</p>"
                            ),
                        },
                        {
                            "title": "Kerro, mitä tapahtui",
                            "text": (
                                "<p>Kerro lyhyesti, mitä on tapahtunut. Voit puhua suomea, ruotsia "
                                "tai englantia. Jos se on vaikeaa, sano kielesi nimi.</p>"
                            ),
                        },
                        {
                            "title": "Kerro osoite",
                            "text": (
                                "<p>Kerro tarkka osoite ja kunta. Opettele kotiosoitteesi ulkoa. "
                                "112 Suomi -sovellus voi kertoa sijaintisi hätäkeskukseen.</p>"
                            ),
                        },
                        {
                            "title": "Vastaa kysymyksiin",
                            "text": (
                                "<p>Hätäkeskuspäivystäjä kysyy ja neuvoo. Toimi ohjeiden "
                                "mukaan.</p>"
                            ),
                        },
                        {
                            "title": "Ohjaa apu paikalle",
                            "text": (
                                "<p>Jos voit, pyydä jotakuta menemään pihalle tai ovelle "
                                "vastaan.</p>"
                            ),
                        },
                    ],
                },
            ),
            ("heading", {"text": "Turvallinen koti", "level": "h2"}),
            (
                "rich_text",
                (
                    "<ul>"
                    "<li>Jokaisessa kodissa pitää olla palovaroitin. Testaa se kerran kuukaudessa "
                    "painamalla nappia.</li>"
                    "<li>Älä jätä liettä päälle, kun lähdet keittiöstä. Käännä kattiloiden kahvat "
                    "seinää kohti.</li>"
                    "<li>Säilytä lääkkeet ja pesuaineet lukitussa kaapissa tai korkealla.</li>"
                    "<li>Älä jätä pientä lasta yksin kylpyyn tai veden lähelle.</li>"
                    "<li>Polta kynttilöitä vain, kun olet itse paikalla.</li>"
                    "</ul>"
                ),
            ),
            ("heading", {"text": "Talvi ja liikenne", "level": "h2"}),
            (
                "rich_text",
                (
                    "<ul>"
                    "<li>Käytä heijastinta pimeällä. Autoilija näkee sinut paljon kauempaa.</li>"
                    "<li>Lapsi istuu autossa aina turvaistuimessa.</li>"
                    "<li>Älä mene jäälle, jos et tiedä, että jää kestää.</li>"
                    "<li>Pukeudu pakkasella kerroksittain ja suojaa kasvot ja kädet.</li>"
                    "</ul>"
                ),
            ),
            ("heading", {"text": "Väkivalta ei ole koskaan oikein", "level": "h2"}),
            (
                "rich_text",
                (
                    "<p>Suomessa kaikki väkivalta on kielletty, myös kotona ja perheessä. Lasta ei "
                    "saa lyödä, tukistaa eikä pelotella. Jos pelkäät kotona, voit saada apua. "
                    "Nollalinja auttaa väkivaltaa kokeneita naisia maksutta ympäri vuorokauden "
                    "numerossa <b>080 005 005</b>. Turvakotiin voit mennä lasten kanssa ilman "
                    "lähetettä. Turvakoti on maksuton.</p>"
                ),
            ),
            (
                "key_phrases",
                {
                    "title": "Hätätilanteessa",
                    "phrases": [
                        {"finnish": "Apua!", "translation": "Huuda näin, kun tarvitset apua heti."},
                        {
                            "finnish": "Tarvitsen ambulanssin.",
                            "translation": "Sanot tämän, kun joku on sairas tai loukkaantunut.",
                        },
                        {
                            "finnish": "Täällä on tulipalo.",
                            "translation": "Sanot tämän, kun jokin palaa.",
                        },
                        {"finnish": "Osoite on …", "translation": "Kerrot, missä olet."},
                        {
                            "finnish": "Lapsi ei hengitä.",
                            "translation": "Kerrot, että lapsi on hengenvaarassa.",
                        },
                    ],
                },
            ),
            (
                "checklist",
                {
                    "title": "Opettele ja tallenna puhelimeen",
                    "items": [
                        "Hätänumero 112",
                        "Oma kotiosoite ja kunta",
                        "Myrkytystietokeskus 0800 147 111",
                        "Päivystysapu 116 117",
                        "Nollalinja 080 005 005",
                    ],
                },
            ),
        ],
        "en": [
            (
                "rich_text",
                (
                    "<p>Finland is a safe country. Still, it is good to know what to do in an "
                    "emergency. The emergency number is <b>112</b>. The number is the same "
                    "everywhere in Finland and in other EU countries. The call is free, and you "
                    "can call it even when your phone has no credit.</p>"
                ),
            ),
            (
                "steps",
                {
                    "title": "How to call the emergency number",
                    "steps": [
                        {
                            "title": "Call 112",
                            "text": (
                                "<p>Call yourself if you can. Do not end the call until you are "
                                "told you can.</p>"
                            ),
                        },
                        {
                            "title": "Say what happened",
                            "text": (
                                "<p>Tell briefly what has happened. You can speak Finnish, Swedish "
                                "or English. If that is difficult, say the name of your "
                                "language.</p>"
                            ),
                        },
                        {
                            "title": "Give the address",
                            "text": (
                                "<p>Give the exact address and municipality. Learn your home "
                                "address by heart. The 112 Suomi app can send your location to the "
                                "emergency centre.</p>"
                            ),
                        },
                        {
                            "title": "Answer the questions",
                            "text": (
                                "<p>The emergency operator asks questions and gives advice. Follow "
                                "the instructions.</p>"
                            ),
                        },
                        {
                            "title": "Guide help to the place",
                            "text": (
                                "<p>If you can, ask someone to go and meet the help in the yard or "
                                "at the door.</p>"
                            ),
                        },
                    ],
                },
            ),
            ("heading", {"text": "A safe home", "level": "h2"}),
            (
                "rich_text",
                (
                    "<ul>"
                    "<li>Every home must have a smoke alarm. Test it once a month by pressing the "
                    "button.</li>"
                    "<li>Do not leave the stove on when you leave the kitchen. Turn pan handles "
                    "towards the wall.</li>"
                    "<li>Keep medicines and cleaning products in a locked cupboard or up high.</li>"
                    "<li>Never leave a small child alone in the bath or near water.</li>"
                    "<li>Only burn candles when you are in the room.</li>"
                    "</ul>"
                ),
            ),
            ("heading", {"text": "Winter and traffic", "level": "h2"}),
            (
                "rich_text",
                (
                    "<ul>"
                    "<li>Wear a reflector in the dark. Drivers see you from much further away.</li>"
                    "<li>A child always sits in a child car seat in the car.</li>"
                    "<li>Do not go onto the ice if you do not know that it is strong enough.</li>"
                    "<li>Dress in layers in freezing weather and protect your face and hands.</li>"
                    "</ul>"
                ),
            ),
            ("heading", {"text": "Violence is never right", "level": "h2"}),
            (
                "rich_text",
                (
                    "<p>In Finland all violence is forbidden, also at home and in the family. It "
                    "is not allowed to hit a child, pull a child's hair or frighten a child. If "
                    "you are afraid at home, you can get help. Nollalinja helps women who have "
                    "experienced violence, free of charge, day and night, on <b>080 005 005</b>. "
                    "You can go to a shelter (turvakoti) with your children without a referral. A "
                    "shelter is free of charge.</p>"
                ),
            ),
            (
                "key_phrases",
                {
                    "title": "In an emergency",
                    "phrases": [
                        {"finnish": "Apua!", "translation": "Help!"},
                        {
                            "finnish": "Tarvitsen ambulanssin.",
                            "translation": "I need an ambulance.",
                        },
                        {"finnish": "Täällä on tulipalo.", "translation": "There is a fire here."},
                        {"finnish": "Osoite on …", "translation": "The address is …"},
                        {
                            "finnish": "Lapsi ei hengitä.",
                            "translation": "The child is not breathing.",
                        },
                    ],
                },
            ),
            (
                "checklist",
                {
                    "title": "Learn these and save them in your phone",
                    "items": [
                        "Emergency number 112",
                        "Your home address and municipality",
                        "Poison Information Centre 0800 147 111",
                        "Medical helpline Päivystysapu 116 117",
                        "Nollalinja 080 005 005",
                    ],
                },
            ),
        ],
        "ar": [
            (
                "rich_text",
                (
                    "<p>فنلندا بلد آمن. ومع ذلك من المفيد أن تعرفي ماذا تفعلين في حالة الطوارئ. "
                    "رقم الطوارئ هو <b>112</b>. الرقم نفسه في كل فنلندا وفي دول الاتحاد الأوروبي "
                    "الأخرى. الاتصال مجاني، ويمكنكِ أن تتصلي حتى إذا لم يكن في هاتفكِ رصيد.</p>"
                ),
            ),
            (
                "steps",
                {
                    "title": "كيف تتصلين برقم الطوارئ",
                    "steps": [
                        {
                            "title": "اتصلي بالرقم 112",
                            "text": (
                                "<p>اتصلي بنفسكِ إن استطعتِ. لا تُنهي المكالمة قبل أن يُسمح لكِ "
                                "بذلك.</p>"
                            ),
                        },
                        {
                            "title": "قولي ماذا حدث",
                            "text": (
                                "<p>أخبري باختصار بما حدث. يمكنكِ أن تتكلمي الفنلندية أو السويدية "
                                "أو الإنجليزية. إذا كان ذلك صعباً، فقولي اسم لغتكِ.</p>"
                            ),
                        },
                        {
                            "title": "أعطي العنوان",
                            "text": (
                                "<p>اذكري العنوان الدقيق واسم البلدية. احفظي عنوان بيتكِ غيباً. "
                                "تطبيق 112 Suomi يمكنه أن يرسل موقعكِ إلى مركز الطوارئ.</p>"
                            ),
                        },
                        {
                            "title": "أجيبي عن الأسئلة",
                            "text": (
                                "<p>موظف مركز الطوارئ يسأل ويقدّم النصيحة. اتّبعي التعليمات.</p>"
                            ),
                        },
                        {
                            "title": "أرشدي المساعدة إلى المكان",
                            "text": (
                                "<p>إن استطعتِ، اطلبي من أحد أن يخرج لاستقبال المساعدة في الساحة "
                                "أو عند الباب.</p>"
                            ),
                        },
                    ],
                },
            ),
            ("heading", {"text": "بيت آمن", "level": "h2"}),
            (
                "rich_text",
                (
                    "<ul>"
                    "<li>يجب أن يكون في كل بيت جهاز إنذار للدخان. اختبريه مرة في الشهر بالضغط على "
                    "الزر.</li>"
                    "<li>لا تتركي الموقد مشتعلاً عندما تخرجين من المطبخ. أديري مقابض القدور نحو "
                    "الجدار.</li>"
                    "<li>احفظي الأدوية ومواد التنظيف في خزانة مقفلة أو في مكان مرتفع.</li>"
                    "<li>لا تتركي الطفل الصغير وحده أبداً في حوض الاستحمام أو قرب الماء.</li>"
                    "<li>لا تُشعلي الشموع إلا وأنتِ موجودة في الغرفة.</li>"
                    "</ul>"
                ),
            ),
            ("heading", {"text": "الشتاء وحركة المرور", "level": "h2"}),
            (
                "rich_text",
                (
                    "<ul>"
                    "<li>استعملي العاكس الضوئي في الظلام، فالسائق يراكِ من مسافة أبعد بكثير.</li>"
                    "<li>يجلس الطفل في السيارة دائماً في مقعد الأطفال.</li>"
                    "<li>لا تمشي على الجليد إذا لم تكوني متأكدة أنه متين.</li>"
                    "<li>في البرد الشديد البسي ملابسكِ على طبقات، واحمي وجهكِ ويديكِ.</li>"
                    "</ul>"
                ),
            ),
            ("heading", {"text": "العنف ليس صحيحاً أبداً", "level": "h2"}),
            (
                "rich_text",
                (
                    "<p>في فنلندا كل أشكال العنف ممنوعة، حتى في البيت وداخل الأسرة. لا يجوز ضرب "
                    "الطفل ولا شدّ شعره ولا تخويفه. إذا كنتِ خائفة في البيت، يمكنكِ أن تحصلي على "
                    "المساعدة. خط Nollalinja يساعد النساء اللواتي تعرّضن للعنف، مجاناً وليلاً "
                    "ونهاراً، على الرقم <b>080 005 005</b>. يمكنكِ أن تذهبي مع أطفالكِ إلى بيت "
                    "الإيواء الآمن (turvakoti) من دون إحالة، والإقامة فيه مجانية.</p>"
                ),
            ),
            (
                "key_phrases",
                {
                    "title": "في حالة الطوارئ",
                    "phrases": [
                        {
                            "finnish": "Apua!",
                            "translation": "النجدة! تصرخين هكذا عندما تحتاجين إلى مساعدة فوراً.",
                        },
                        {
                            "finnish": "Tarvitsen ambulanssin.",
                            "translation": "أحتاج إلى سيارة إسعاف.",
                        },
                        {"finnish": "Täällä on tulipalo.", "translation": "هنا حريق."},
                        {"finnish": "Osoite on …", "translation": "العنوان هو …"},
                        {"finnish": "Lapsi ei hengitä.", "translation": "الطفل لا يتنفس."},
                    ],
                },
            ),
            (
                "checklist",
                {
                    "title": "تعلّمي هذه الأرقام واحفظيها في هاتفكِ",
                    "items": [
                        "رقم الطوارئ 112",
                        "عنوان بيتكِ واسم البلدية",
                        "مركز معلومات السموم 0800 147 111",
                        "خط المساعدة الطبية Päivystysapu على الرقم 116 117",
                        "خط Nollalinja على الرقم 080 005 005",
                    ],
                },
            ),
        ],
    },
}

# Chapter: Hyvinvointi ja vapaa-aika (fi, en)
_KK_HYVINVOINTI_JA_VAPAA_AIKA = {
    "slug": "hyvinvointi-ja-vapaa-aika",
    "title": {"fi": "Hyvinvointi ja vapaa-aika", "en": "Wellbeing and free time"},
    "summary": {
        "fi": (
            "Äidin hyvinvointi on tärkeää koko perheelle. Tässä luvussa kerromme, mikä auttaa "
            "jaksamaan ja mitä voit tehdä vapaa-ajalla Meri-Lapissa."
        ),
        "en": (
            "A mother's wellbeing matters to the whole family. This chapter tells you what helps "
            "you cope and what you can do in your free time in Sea Lapland."
        ),
    },
    "body": {
        "fi": [
            (
                "rich_text",
                (
                    "<p>Uudessa maassa arki voi olla raskasta. Kieli on vieras, läheiset voivat "
                    "olla kaukana ja talvi on pitkä ja pimeä. On tavallista tuntea itsensä "
                    "väsyneeksi tai yksinäiseksi. Pienet asiat arjessa auttavat jaksamaan. Kun "
                    "äiti voi hyvin, koko perheen on helpompi voida hyvin.</p>"
                ),
            ),
            ("heading", {"text": "Pidä huolta itsestäsi", "level": "h2"}),
            (
                "rich_text",
                (
                    "<ul>"
                    "<li>Nuku riittävästi ja syö säännöllisesti.</li>"
                    "<li>Ulkoile joka päivä, myös talvella. Päivänvalo ja liike parantavat "
                    "mielialaa.</li>"
                    "<li>Puhu jollekulle: ystävälle, äitiryhmän ohjaajalle tai neuvolan "
                    "terveydenhoitajalle.</li>"
                    "<li>Ota omaa aikaa. Pyydä puolisoa tai tukiperhettä hoitamaan lapsia "
                    "hetken.</li>"
                    "</ul>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "note",
                    "text": (
                        "<p>Jos olet pitkään surullinen tai ahdistunut tai et jaksa hoitaa arkea, "
                        "kerro siitä neuvolassa tai terveysasemalla. Mielen sairaudet ovat "
                        "yleisiä, ja niihin saa hoitoa. MIELI ry:n Kriisipuhelin vastaa suomeksi "
                        "ympäri vuorokauden numerossa 09 2525 0111.</p>"
                    ),
                },
            ),
            ("heading", {"text": "Vapaa-aika ja luonto", "level": "h2"}),
            (
                "rich_text",
                (
                    "<ul>"
                    "<li><b>Kirjasto</b> on maksuton kaikille. Siellä on kirjoja monella kielellä, "
                    "lasten satutunteja, tietokoneita ja usein kielikahvila.</li>"
                    "<li><b>Perhekahvilat ja avoin varhaiskasvatus</b> ovat paikkoja, joihin voit "
                    "mennä lapsen kanssa tapaamaan muita vanhempia.</li>"
                    "<li><b>Luonto</b> on lähellä. Jokaisenoikeuksien ansiosta saat liikkua "
                    "metsässä, poimia marjoja ja sieniä ja uida järvissä. Tulta ei saa tehdä ilman "
                    "maanomistajan lupaa.</li>"
                    "<li><b>Liikunta</b>: uimahallit, kuntosalit ja urheiluseurat. Monissa "
                    "paikoissa on naisten vuoroja ja edullisia perheliikuntaryhmiä.</li>"
                    "</ul>"
                ),
            ),
            ("heading", {"text": "Vuodenajat Meri-Lapissa", "level": "h2"}),
            (
                "rich_text",
                (
                    "<p>Meri-Lapissa on neljä hyvin erilaista vuodenaikaa. Talvi on pitkä, kylmä "
                    "ja pimeä. Kesällä aurinko paistaa lähes koko yön.</p>"
                    "<ul>"
                    "<li>Talvella pue lapselle villa- tai fleecekerros, toppahaalari, pipo, "
                    "lapaset ja talvikengät.</li>"
                    "<li>Pimeänä aikana D-vitamiini on tärkeä. Kysy neuvolasta sopiva määrä "
                    "sinulle ja lapselle.</li>"
                    "<li>Kesällä pimennysverho auttaa lasta nukkumaan valoisina öinä.</li>"
                    "<li>Syksyllä metsässä on mustikoita ja puolukoita. Keväällä on hyvä aika "
                    "hiihtää ja laskea mäkeä.</li>"
                    "</ul>"
                ),
            ),
            (
                "key_phrases",
                {
                    "title": "Sanoja vapaa-aikaan",
                    "phrases": [
                        {
                            "finnish": "kirjastokortti",
                            "translation": "Maksuton kortti, jolla lainaat kirjoja kirjastosta.",
                        },
                        {
                            "finnish": "perhekahvila",
                            "translation": "Paikka, jossa vanhemmat ja lapset tapaavat toisiaan.",
                        },
                        {
                            "finnish": "jokaisenoikeus",
                            "translation": "Kaikki saavat liikkua luonnossa ja poimia marjoja.",
                        },
                        {
                            "finnish": "pukeutua kerroksittain",
                            "translation": "Pukea monta vaatetta päällekkäin, kun on kylmä.",
                        },
                        {
                            "finnish": "Saanko tulla mukaan?",
                            "translation": "Kysyt, voitko osallistua.",
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": (
                        "<p>Kokeile yhtä uutta asiaa kuukaudessa: kirjastoa, uimahallia tai "
                        "luontopolkua. Tukiperhe tai kummi voi tulla mukaan ensimmäisellä "
                        "kerralla.</p>"
                    ),
                },
            ),
        ],
        "en": [
            (
                "rich_text",
                (
                    "<p>Everyday life in a new country can be hard. The language is unfamiliar, "
                    "loved ones may be far away and the winter is long and dark. It is normal to "
                    "feel tired or lonely. Small things in everyday life help you cope. When a "
                    "mother is well, it is easier for the whole family to be well.</p>"
                ),
            ),
            ("heading", {"text": "Take care of yourself", "level": "h2"}),
            (
                "rich_text",
                (
                    "<ul>"
                    "<li>Sleep enough and eat regularly.</li>"
                    "<li>Go outdoors every day, also in winter. Daylight and movement lift your "
                    "mood.</li>"
                    "<li>Talk to someone: a friend, the mothers' group leader or the public health "
                    "nurse at the neuvola.</li>"
                    "<li>Take time for yourself. Ask your spouse or support family to look after "
                    "the children for a while.</li>"
                    "</ul>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "note",
                    "text": (
                        "<p>If you have been sad or anxious for a long time, or you cannot manage "
                        "everyday life, tell the neuvola or the health centre. Mental health "
                        "problems are common, and they can be treated. The MIELI Crisis Helpline "
                        "answers in Finnish day and night on 09 2525 0111.</p>"
                    ),
                },
            ),
            ("heading", {"text": "Free time and nature", "level": "h2"}),
            (
                "rich_text",
                (
                    "<ul>"
                    "<li><b>The library</b> is free for everyone. It has books in many languages, "
                    "story times for children, computers and often a language café.</li>"
                    "<li><b>Family cafés and open early childhood education</b> are places where "
                    "you can go with your child to meet other parents.</li>"
                    "<li><b>Nature</b> is close. Everyone's rights let you walk in the forest, "
                    "pick berries and mushrooms and swim in lakes. You may not make a fire without "
                    "the landowner's permission.</li>"
                    "<li><b>Exercise</b>: swimming halls, gyms and sports clubs. Many places have "
                    "sessions for women only and low-cost family exercise groups.</li>"
                    "</ul>"
                ),
            ),
            ("heading", {"text": "The seasons in Sea Lapland", "level": "h2"}),
            (
                "rich_text",
                (
                    "<p>Sea Lapland has four very different seasons. The winter is long, cold and "
                    "dark. In summer the sun shines almost all night.</p>"
                    "<ul>"
                    "<li>In winter, dress your child in a wool or fleece layer, a snowsuit, a hat, "
                    "mittens and winter shoes.</li>"
                    "<li>In the dark season vitamin D is important. Ask the neuvola for the right "
                    "amount for you and your child.</li>"
                    "<li>In summer, blackout curtains help your child sleep during the light "
                    "nights.</li>"
                    "<li>In autumn the forest is full of blueberries and lingonberries. Spring is "
                    "a good time for skiing and sledging.</li>"
                    "</ul>"
                ),
            ),
            (
                "key_phrases",
                {
                    "title": "Words for free time",
                    "phrases": [
                        {
                            "finnish": "kirjastokortti",
                            "translation": (
                                "Library card: a free card for borrowing books from the library."
                            ),
                        },
                        {
                            "finnish": "perhekahvila",
                            "translation": (
                                "Family café: a place where parents and children meet each other."
                            ),
                        },
                        {
                            "finnish": "jokaisenoikeus",
                            "translation": (
                                "Everyone's right: everyone may move in nature and pick berries."
                            ),
                        },
                        {
                            "finnish": "pukeutua kerroksittain",
                            "translation": "To dress in layers when it is cold.",
                        },
                        {"finnish": "Saanko tulla mukaan?", "translation": "May I join in?"},
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": (
                        "<p>Try one new thing a month: the library, the swimming hall or a nature "
                        "trail. Your support family or godparent can come with you the first "
                        "time.</p>"
                    ),
                },
            ),
        ],
    },
}

# Chapter: Suomen kieli, opiskelu ja työ (fi, en)
_KK_KIELI_OPISKELU_JA_TYO = {
    "slug": "kieli-opiskelu-ja-tyo",
    "title": {"fi": "Suomen kieli, opiskelu ja työ", "en": "Finnish language, study and work"},
    "summary": {
        "fi": (
            "Suomen kieli avaa ovia opiskeluun ja työhön. Tässä luvussa kerromme, miten voit oppia "
            "suomea ja miten polku kohti työtä alkaa."
        ),
        "en": (
            "The Finnish language opens doors to study and work. This chapter tells you how you "
            "can learn Finnish and how the path towards work begins."
        ),
    },
    "body": {
        "fi": [
            (
                "rich_text",
                (
                    "<p>Suomen kieli helpottaa asiointia, auttaa saamaan ystäviä ja avaa tien "
                    "opiskeluun ja työhön. Kieltä voi oppia monella tavalla, myös kotona lasten "
                    "kanssa. Jokainen uusi sana on askel eteenpäin. Koskaan ei ole liian myöhäistä "
                    "aloittaa.</p>"
                ),
            ),
            ("heading", {"text": "Kotoutumissuunnitelma", "level": "h2"}),
            (
                "rich_text",
                (
                    "<p>Kun muutat Suomeen, voit saada kotoutumispalveluja kunnasta. Sinun "
                    "kanssasi selvitetään, mitä osaat ja mitä tarvitset. Sitten tehdään "
                    "kotoutumissuunnitelma. Siinä sovitaan, miten opiskelet suomea ja mitä teet "
                    "sen jälkeen. Myös kotona lapsia hoitava äiti voi saada "
                    "kotoutumissuunnitelman. Kysy siitä oman kuntasi kotoutumispalveluista.</p>"
                ),
            ),
            ("heading", {"text": "Tapoja oppia suomea", "level": "h2"}),
            (
                "rich_text",
                (
                    "<ul>"
                    "<li>Kotoutumiskoulutus tai suomen kielen kurssi. Joillakin kursseilla on "
                    "lastenhoito.</li>"
                    "<li>Lukutaitokoulutus, jos olet käynyt koulua vähän tai opettelet "
                    "latinalaisia kirjaimia.</li>"
                    "<li>Kielikahvilat kirjastoissa ja järjestöissä.</li>"
                    '<li><a href="https://yle.fi/selkouutiset">Yle Uutiset selkosuomeksi</a> '
                    "kertoo uutisia helpolla suomen kielellä.</li>"
                    "<li>Arjen tilanteet: kauppa, leikkipuisto ja päiväkodin ovi ovat hyviä "
                    "paikkoja harjoitella.</li>"
                    "</ul>"
                ),
            ),
            ("heading", {"text": "Opiskelu ja työ", "level": "h2"}),
            (
                "rich_text",
                (
                    "<ul>"
                    "<li>Kunnan työllisyyspalvelut auttavat etsimään työtä, koulutusta ja "
                    "harjoittelupaikkoja. Ilmoittaudu työnhakijaksi, kun haluat aloittaa polun "
                    "kohti työtä.</li>"
                    "<li>Jos sinulla on tutkinto ulkomailta, selvitä, voiko sen tunnustaa "
                    "Suomessa. Tietoa antaa Opetushallitus.</li>"
                    "<li>Aikuisten perusopetuksessa voit suorittaa peruskoulun, jos se jäi "
                    "kesken.</li>"
                    "<li>Ammatillinen koulutus sopii monelle aikuiselle. Oppisopimuksessa "
                    "opiskelet työn ohessa ja saat palkkaa.</li>"
                    "<li>Avoimia työpaikkoja löydät esimerkiksi Työmarkkinatori-palvelusta.</li>"
                    "</ul>"
                ),
            ),
            (
                "steps",
                {
                    "title": "Ensimmäiset askeleet kohti työtä",
                    "steps": [
                        {
                            "title": "Mieti vahvuuksiasi",
                            "text": (
                                "<p>Mitä olet tehnyt aiemmin? Mistä pidät? Myös kodin hoitaminen "
                                "ja lasten kasvattaminen ovat osaamista.</p>"
                            ),
                        },
                        {
                            "title": "Tee ansioluettelo",
                            "text": (
                                "<p>Ansioluettelo (CV) kertoo koulutuksesi, työkokemuksesi ja "
                                "kielitaitosi. Ohjaaja voi auttaa sen tekemisessä.</p>"
                            ),
                        },
                        {
                            "title": "Kokeile",
                            "text": (
                                "<p>Työkokeilu, harjoittelu tai vapaaehtoistyö auttavat "
                                "tutustumaan suomalaiseen työelämään.</p>"
                            ),
                        },
                        {
                            "title": "Järjestä lastenhoito",
                            "text": (
                                "<p>Hae varhaiskasvatuspaikkaa ajoissa, kun aloitat kurssin tai "
                                "työn.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "key_phrases",
                {
                    "title": "Sanoja opiskeluun ja työhön",
                    "phrases": [
                        {
                            "finnish": "kotoutumissuunnitelma",
                            "translation": (
                                "Suunnitelma, jossa sovitaan kielen opiskelusta ja seuraavista "
                                "askelista."
                            ),
                        },
                        {
                            "finnish": "työnhakija",
                            "translation": (
                                "Ihminen, joka etsii työtä ja on ilmoittautunut "
                                "työllisyyspalveluihin."
                            ),
                        },
                        {
                            "finnish": "ansioluettelo",
                            "translation": (
                                "Paperi, jossa kerrot koulutuksestasi ja työkokemuksestasi."
                            ),
                        },
                        {
                            "finnish": "työkokeilu",
                            "translation": "Kokeilet työtä työpaikalla lyhyen aikaa.",
                        },
                        {
                            "finnish": "oppisopimus",
                            "translation": "Opiskelet ammatin työpaikalla ja saat palkkaa.",
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": (
                        "<p>Kysy naapurilta, kummilta tai tukiperheeltä yksi uusi suomen sana joka "
                        "päivä. Kirjoita sanat vihkoon tai äänitä ne puhelimeen ja kuuntele niitä "
                        "bussissa tai ulkoillessa.</p>"
                    ),
                },
            ),
        ],
        "en": [
            (
                "rich_text",
                (
                    "<p>Finnish makes it easier to deal with services, helps you make friends and "
                    "opens the way to study and work. You can learn the language in many ways, "
                    "also at home with your children. Every new word is a step forward. It is "
                    "never too late to start.</p>"
                ),
            ),
            ("heading", {"text": "Integration plan", "level": "h2"}),
            (
                "rich_text",
                (
                    "<p>When you move to Finland, you can get integration services from the "
                    "municipality. Together with you, they find out what you can do and what you "
                    "need. Then an integration plan is made. It says how you will study Finnish "
                    "and what you will do after that. A mother who looks after her children at "
                    "home can also get an integration plan. Ask your municipality's integration "
                    "services about it.</p>"
                ),
            ),
            ("heading", {"text": "Ways to learn Finnish", "level": "h2"}),
            (
                "rich_text",
                (
                    "<ul>"
                    "<li>Integration training or a Finnish language course. Some courses have "
                    "childcare.</li>"
                    "<li>Literacy training, if you have been to school only a little or you are "
                    "learning the Latin alphabet.</li>"
                    "<li>Language cafés in libraries and organisations.</li>"
                    '<li><a href="https://yle.fi/selkouutiset">Yle News in plain Finnish</a> tells '
                    "the news in easy Finnish.</li>"
                    "<li>Everyday situations: the shop, the playground and the daycare door are "
                    "good places to practise.</li>"
                    "</ul>"
                ),
            ),
            ("heading", {"text": "Study and work", "level": "h2"}),
            (
                "rich_text",
                (
                    "<ul>"
                    "<li>The municipal employment services help you look for work, training and "
                    "work placements. Register as a jobseeker when you want to start your path "
                    "towards work.</li>"
                    "<li>If you have a degree from abroad, find out whether it can be recognised "
                    "in Finland. The Finnish National Agency for Education gives information.</li>"
                    "<li>In basic education for adults you can complete comprehensive school if it "
                    "was left unfinished.</li>"
                    "<li>Vocational education suits many adults. In apprenticeship training you "
                    "study alongside work and get paid.</li>"
                    "<li>You can find open jobs, for example, in the Job Market Finland "
                    "(Työmarkkinatori) service.</li>"
                    "</ul>"
                ),
            ),
            (
                "steps",
                {
                    "title": "First steps towards work",
                    "steps": [
                        {
                            "title": "Think about your strengths",
                            "text": (
                                "<p>What have you done before? What do you like? Running a home "
                                "and raising children are skills too.</p>"
                            ),
                        },
                        {
                            "title": "Make a CV",
                            "text": (
                                "<p>A CV tells about your education, work experience and language "
                                "skills. Your group leader can help you make one.</p>"
                            ),
                        },
                        {
                            "title": "Try it out",
                            "text": (
                                "<p>A work trial, a work placement or volunteering help you get to "
                                "know Finnish working life.</p>"
                            ),
                        },
                        {
                            "title": "Arrange childcare",
                            "text": (
                                "<p>Apply for an early childhood education place in good time when "
                                "you start a course or a job.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "key_phrases",
                {
                    "title": "Words for study and work",
                    "phrases": [
                        {
                            "finnish": "kotoutumissuunnitelma",
                            "translation": (
                                "Integration plan: a plan for studying the language and your next "
                                "steps."
                            ),
                        },
                        {
                            "finnish": "työnhakija",
                            "translation": (
                                "Jobseeker: a person who looks for work and has registered with "
                                "the employment services."
                            ),
                        },
                        {
                            "finnish": "ansioluettelo",
                            "translation": (
                                "CV: a paper that tells about your education and work experience."
                            ),
                        },
                        {
                            "finnish": "työkokeilu",
                            "translation": (
                                "Work trial: you try out a job at a workplace for a short time."
                            ),
                        },
                        {
                            "finnish": "oppisopimus",
                            "translation": (
                                "Apprenticeship: you learn a trade at a workplace and get paid."
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": (
                        "<p>Ask a neighbour, your godparent or your support family for one new "
                        "Finnish word every day. Write the words in a notebook or record them on "
                        "your phone and listen to them on the bus or when you are outdoors.</p>"
                    ),
                },
            ),
        ],
    },
}


# ----------------------------------------------------------------------------------------
# Guide 2: Kotoutumisen tuki -- integration guide for professionals and volunteers.
# Intranet only. Professional tone.
# ----------------------------------------------------------------------------------------

# Chapter: Heikon kielitaidon ja lukutaidottomuuden tunnistaminen (fi, en)
_KT_HEIKKO_KIELITAITO_JA_LUKUTAIDOTTOMUUS = {
    "slug": "heikko-kielitaito-ja-lukutaidottomuus",
    "title": {
        "fi": "Heikon kielitaidon ja lukutaidottomuuden tunnistaminen",
        "en": "Recognising weak Finnish and illiteracy",
    },
    "summary": {
        "fi": (
            "Miten huomaat, ettei asiakas ymmärrä puhetta tai tekstiä, ja miten varmistat, että "
            "tieto menee perille."
        ),
        "en": (
            "How to notice that a client does not understand speech or text, and how to make sure "
            "the information gets through."
        ),
    },
    "body": {
        "fi": [
            (
                "rich_text",
                (
                    "<p>Moni asiakas selviää arjen suullisista tilanteista hyvin, vaikka "
                    "kirjoitetun tekstin ymmärtäminen on vaikeaa. Toisaalta sujuvat "
                    "kohteliaisuusfraasit voivat peittää sen, ettei varsinainen asia avaudu. "
                    "Kielitaidon ja lukutaidon tunnistaminen on palvelun saavutettavuuden perusta "
                    "– ei asiakkaan arvostelua. Vastuu ymmärretyksi tulemisesta on työntekijällä "
                    "ja palvelulla.</p>"
                ),
            ),
            ("heading", {"text": "Merkkejä, joihin kannattaa kiinnittää huomiota", "level": "h2"}),
            (
                "rich_text",
                (
                    "<ul>"
                    "<li>Asiakas vastaa ”kyllä” tai nyökkää kaikkeen, myös kysymyksiin, joihin "
                    "kyllä ei ole luonteva vastaus.</li>"
                    "<li>Lomakkeet jäävät täyttämättä, tai ne halutaan viedä kotiin täytettäviksi "
                    "myöhemmin.</li>"
                    "<li>Kirjeet ja päätökset tuodaan avaamattomina, tai niihin ei reagoida "
                    "määräajassa.</li>"
                    "<li>Asiakas pyytää lasta, puolisoa tai tuttavaa lukemaan tai tulkkaamaan.</li>"
                    "<li>Lukemisen hetkellä silmälasit ovat unohtuneet tai on kiire lähteä.</li>"
                    "<li>Nimi kirjoitetaan hitaasti mallista kopioiden.</li>"
                    "<li>Asiakas soittaa tai lähettää ääniviestejä tekstiviestien sijaan.</li>"
                    "</ul>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "note",
                    "text": (
                        "<p>Lukutaidottomuus ei kerro älykkyydestä eikä oppimiskyvystä. Taustalla "
                        "on usein katkennut tai kokonaan puuttunut koulunkäynti sodan, "
                        "pakolaisuuden tai tyttöjen koulutusta rajoittaneiden olojen vuoksi. Moni "
                        "on lukutaitoinen omalla kielellään mutta opettelee vasta latinalaisia "
                        "kirjaimia.</p>"
                    ),
                },
            ),
            ("heading", {"text": "Käytännön keinot", "level": "h2"}),
            (
                "steps",
                {
                    "title": "Näin varmistat, että asia tulee ymmärretyksi",
                    "steps": [
                        {
                            "title": "Kysy, älä oleta",
                            "text": (
                                "<p>Kysy luontevasti: ”Millä kielellä luet mieluiten?” tai "
                                "”Luetaanko tämä kirje yhdessä?” Tarjoa apua rutiinina kaikille, "
                                "jolloin kenenkään ei tarvitse paljastaa puutteitaan.</p>"
                            ),
                        },
                        {
                            "title": "Käytä ammattitulkkia",
                            "text": (
                                "<p>Viranomais- ja terveysasioissa käytetään ammattitulkkia. "
                                "Lapsia ei käytetä tulkkeina. Puoliso tai tuttava ei ole "
                                "puolueeton, eikä asiakas välttämättä voi puhua vapaasti hänen "
                                "läsnä ollessaan.</p>"
                            ),
                        },
                        {
                            "title": "Puhu selkeästi",
                            "text": (
                                "<p>Lyhyet lauseet, yksi asia kerrallaan, arkisanat virkakielen "
                                "sijaan. Toista avainsanat aina samoina – synonyymit "
                                "hämmentävät.</p>"
                            ),
                        },
                        {
                            "title": "Näytä ja havainnollista",
                            "text": (
                                "<p>Kuvat, esineet, kalenteri, kartta ja puhelimen kuvakkeet. "
                                "Merkitse päivämäärät ja kellonajat numeroin.</p>"
                            ),
                        },
                        {
                            "title": "Tarkista ymmärtäminen",
                            "text": (
                                "<p>Pyydä asiakasta kertomaan omin sanoin, mitä seuraavaksi "
                                "tapahtuu: ”Mitä teet huomenna?” Kysymykseen ”Ymmärsitkö?” "
                                "vastataan lähes aina kyllä.</p>"
                            ),
                        },
                        {
                            "title": "Jätä muistiin ääni tai kuva",
                            "text": (
                                "<p>Sovi, saako asiakkaalle lähettää ääniviestin tai kuvan "
                                "muistilapusta. Äänite ja video toimivat usein paremmin kuin "
                                "kirjallinen ohje.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "key_phrases",
                {
                    "title": "Virkakielestä selkokieleen",
                    "phrases": [
                        {
                            "finnish": "Hakemus on toimitettava määräaikaan mennessä.",
                            "translation": "Lähetä hakemus viimeistään 15.5.",
                        },
                        {
                            "finnish": "Etuuden myöntäminen edellyttää liitteiden toimittamista.",
                            "translation": "Saat tuen vain, jos lähetät myös nämä paperit.",
                        },
                        {
                            "finnish": "Asiakasmaksu määräytyy perheen bruttotulojen perusteella.",
                            "translation": (
                                "Maksu riippuu siitä, paljonko perhe saa rahaa ennen veroja."
                            ),
                        },
                        {
                            "finnish": "Peruuttamattomasta käynnistä peritään maksu.",
                            "translation": (
                                "Jos et pääse, soita ja peru aika. Muuten joudut maksamaan."
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": (
                        "<p>Selkokielisiä materiaaleja ja kuvatukea löydät esimerkiksi "
                        "Selkokeskuksen ja Papunetin sivuilta sekä Yle Uutisista selkosuomeksi. "
                        "Tukiverkon oppaat ovat saatavilla myös selkosuomeksi ja usealla kielellä "
                        "– ja luettavina ääneen.</p>"
                    ),
                },
            ),
        ],
        "en": [
            (
                "rich_text",
                (
                    "<p>Many clients cope well in everyday spoken situations even when "
                    "understanding written text is hard. On the other hand, fluent polite phrases "
                    "can hide the fact that the actual matter is not understood. Recognising "
                    "language and literacy skills is the basis of accessible services – not a "
                    "judgement of the client. The responsibility for being understood lies with "
                    "the worker and the service.</p>"
                ),
            ),
            ("heading", {"text": "Signs to pay attention to", "level": "h2"}),
            (
                "rich_text",
                (
                    "<ul>"
                    "<li>The client answers “yes” or nods to everything, including questions where "
                    "yes is not a natural answer.</li>"
                    "<li>Forms are left blank, or the client wants to take them home to fill in "
                    "later.</li>"
                    "<li>Letters and decisions are brought unopened, or deadlines pass without a "
                    "response.</li>"
                    "<li>The client asks a child, spouse or acquaintance to read or interpret.</li>"
                    "<li>When something should be read, the glasses have been forgotten or there "
                    "is a hurry to leave.</li>"
                    "<li>The client writes their name slowly, copying it from a model.</li>"
                    "<li>The client calls or sends voice messages instead of text messages.</li>"
                    "</ul>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "note",
                    "text": (
                        "<p>Illiteracy says nothing about intelligence or the ability to learn. "
                        "Behind it there is often schooling that was interrupted or never happened "
                        "because of war, displacement or conditions that limited girls' education. "
                        "Many people are literate in their own language and are only now learning "
                        "the Latin alphabet.</p>"
                    ),
                },
            ),
            ("heading", {"text": "Practical methods", "level": "h2"}),
            (
                "steps",
                {
                    "title": "How to make sure you are understood",
                    "steps": [
                        {
                            "title": "Ask, don't assume",
                            "text": (
                                "<p>Ask naturally: “Which language do you prefer to read in?” or "
                                "“Shall we read this letter together?” Offer help routinely to "
                                "everyone, so that no one has to reveal what they cannot do.</p>"
                            ),
                        },
                        {
                            "title": "Use a professional interpreter",
                            "text": (
                                "<p>Professional interpreters are used for matters with "
                                "authorities and health care. Children are not used as "
                                "interpreters. A spouse or acquaintance is not impartial, and the "
                                "client may not be able to speak freely in their presence.</p>"
                            ),
                        },
                        {
                            "title": "Speak clearly",
                            "text": (
                                "<p>Short sentences, one thing at a time, everyday words instead "
                                "of officialese. Always repeat key words in the same form – "
                                "synonyms confuse.</p>"
                            ),
                        },
                        {
                            "title": "Show and illustrate",
                            "text": (
                                "<p>Pictures, objects, a calendar, a map and phone icons. Write "
                                "dates and times in numbers.</p>"
                            ),
                        },
                        {
                            "title": "Check understanding",
                            "text": (
                                "<p>Ask the client to say in their own words what happens next: "
                                "“What will you do tomorrow?” The question “Did you understand?” "
                                "is almost always answered with yes.</p>"
                            ),
                        },
                        {
                            "title": "Leave a sound or picture reminder",
                            "text": (
                                "<p>Agree whether you may send the client a voice message or a "
                                "photo of a note. A recording or video often works better than "
                                "written instructions.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "key_phrases",
                {
                    "title": "From officialese to plain Finnish",
                    "phrases": [
                        {
                            "finnish": "Hakemus on toimitettava määräaikaan mennessä.",
                            "translation": (
                                "Officialese: “The application must be submitted by the deadline.” "
                                "Plain Finnish: “Lähetä hakemus viimeistään 15.5.” (Send the "
                                "application by 15 May at the latest.)"
                            ),
                        },
                        {
                            "finnish": "Etuuden myöntäminen edellyttää liitteiden toimittamista.",
                            "translation": (
                                "Officialese: “Granting the benefit requires submission of the "
                                "attachments.” Plain: “You only get the benefit if you also send "
                                "these papers.”"
                            ),
                        },
                        {
                            "finnish": "Asiakasmaksu määräytyy perheen bruttotulojen perusteella.",
                            "translation": (
                                "Officialese: “The client fee is determined by the family's gross "
                                "income.” Plain: “The fee depends on how much money the family "
                                "gets before taxes.”"
                            ),
                        },
                        {
                            "finnish": "Peruuttamattomasta käynnistä peritään maksu.",
                            "translation": (
                                "Officialese: “A fee is charged for an appointment not cancelled.” "
                                "Plain: “If you cannot come, call and cancel. Otherwise you have "
                                "to pay.”"
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": (
                        "<p>You can find plain-language materials and picture support, for "
                        "example, from the Finnish Centre for Easy Language (Selkokeskus), Papunet "
                        "and Yle News in plain Finnish. Tukiverkko's guides are also available in "
                        "plain Finnish and several languages – and can be read aloud.</p>"
                    ),
                },
            ),
        ],
    },
}

# Chapter: Terveysongelmat ja trauma (fi, en)
_KT_TERVEYSONGELMAT_JA_TRAUMA = {
    "slug": "terveysongelmat-ja-trauma",
    "title": {"fi": "Terveysongelmat ja trauma", "en": "Health problems and trauma"},
    "summary": {
        "fi": (
            "Muuttoon ja pakolaisuuteen liittyvä kuormitus näkyy arjessa. Traumatietoinen työote "
            "auttaa kohtaamaan ja ohjaamaan oikeaan apuun."
        ),
        "en": (
            "The strain linked to migration and displacement shows in everyday life. A "
            "trauma-informed approach helps you meet people and guide them to the right help."
        ),
    },
    "body": {
        "fi": [
            (
                "rich_text",
                (
                    "<p>Muuttoon liittyy usein kuormitusta: eroa läheisistä, epävarmuutta "
                    "oleskelusta ja toimeentulosta sekä uuden kielen ja järjestelmien opettelua. "
                    "Osalla taustalla on sotaa, vainoa, vaarallinen pakomatka tai pitkä aika "
                    "pakolaisleirillä. Lisäksi hoitamattomat pitkäaikaissairaudet, hammasongelmat "
                    "sekä raskauksien ja synnytysten jälkiseuraukset ovat tavallisia. "
                    "Terveystiedon puute ja uusi terveydenhuoltojärjestelmä voivat viivästyttää "
                    "hoitoon hakeutumista.</p>"
                ),
            ),
            ("heading", {"text": "Trauman tunnistaminen arjessa", "level": "h2"}),
            (
                "rich_text",
                (
                    "<ul>"
                    "<li>Univaikeudet, painajaiset ja jatkuva väsymys</li>"
                    "<li>Keskittymis- ja muistivaikeudet, jotka näkyvät myös kielen "
                    "oppimisessa</li>"
                    "<li>Ärtyneisyys, säikähtäminen, vetäytyminen tai tunteiden turtuminen</li>"
                    "<li>Kehon oireet, kuten päänsärky, vatsavaivat ja kivut ilman selvää "
                    "syytä</li>"
                    "<li>Tiettyjen paikkojen, äänten tai tilanteiden välttely, esimerkiksi "
                    "univormut tai viranomaistapaamiset</li>"
                    "</ul><p>Oireet ovat tavallisia reaktioita poikkeuksellisiin kokemuksiin. Ne "
                    "eivät aina ole sairaus, mutta pitkittyessään ne vaikuttavat koko perheen "
                    "arkeen ja vanhemmuuteen.</p>"
                ),
            ),
            ("heading", {"text": "Traumatietoinen työote", "level": "h2"}),
            (
                "rich_text",
                (
                    "<ul>"
                    "<li><b>Turvallisuus</b>: ennakoitavat tapaamiset ja tuttu paikka. Kerro "
                    "etukäteen, mitä tapahtuu.</li>"
                    "<li><b>Valinnanvapaus</b>: asiakas päättää, mistä puhuu. Älä kysele "
                    "traumaattisista kokemuksista – kertominen ilman hoitosuhdetta ei välttämättä "
                    "auta.</li>"
                    "<li><b>Luotettavuus</b>: pidä kiinni sovitusta ja kerro rehellisesti, mihin "
                    "pystyt ja mihin et.</li>"
                    "<li><b>Vahvuudet</b>: huomaa, mistä asiakas on selvinnyt ja mikä häntä "
                    "kantaa.</li>"
                    "<li><b>Rauhoittavat keinot</b>: hengitys, liike, luonto ja yhteinen tekeminen "
                    "auttavat usein enemmän kuin keskustelu.</li>"
                    "</ul>"
                ),
            ),
            ("heading", {"text": "Ohjaus hoitoon", "level": "h2"}),
            (
                "rich_text",
                (
                    "<p>Ohjaa asiakas terveysasemalle, neuvolaan tai mielenterveyspalveluihin, kun "
                    "oireet pitkittyvät tai haittaavat arkea. Kerro, että mielenterveyspalvelut "
                    "ovat luottamuksellisia ja osa tavallista terveydenhuoltoa. Varaa tarvittaessa "
                    "tulkki ja lähde ensimmäiselle käynnille mukaan, jos asiakas sitä toivoo. "
                    "Vaikeasti traumatisoituneille on erityispalveluja, joihin ohjaus tehdään "
                    "yleensä terveydenhuollon kautta.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "text": (
                        "<p>Jos asiakas puhuu itsetuhoisista ajatuksista, ota puhe vakavasti, älä "
                        "jätä häntä yksin ja ohjaa heti apuun terveysaseman tai päivystyksen "
                        "kautta. Välittömässä vaarassa soita hätänumeroon 112. Kerro tilanteesta "
                        "koordinaattorille samana päivänä.</p>"
                    ),
                },
            ),
            (
                "checklist",
                {
                    "title": "Oma jaksaminen",
                    "items": [
                        "Käy raskaat tilanteet läpi työnohjauksessa tai koordinaattorin kanssa",
                        (
                            "Tunnista myötätuntouupumuksen merkit: kyynisyys, unettomuus, "
                            "ajatusten jääminen työhön"
                        ),
                        "Pidä kiinni työajasta ja tapaamisten rajoista",
                        "Muista, ettet ole yksin vastuussa asiakkaan toipumisesta",
                    ],
                },
            ),
        ],
        "en": [
            (
                "rich_text",
                (
                    "<p>Migration often brings strain: separation from loved ones, uncertainty "
                    "about residence and livelihood, and learning a new language and new systems. "
                    "Some people have experienced war, persecution, a dangerous journey or a long "
                    "time in a refugee camp. Untreated chronic illnesses, dental problems and "
                    "after-effects of pregnancies and childbirth are also common. Limited health "
                    "literacy and an unfamiliar health care system can delay seeking care.</p>"
                ),
            ),
            ("heading", {"text": "Recognising trauma in everyday life", "level": "h2"}),
            (
                "rich_text",
                (
                    "<ul>"
                    "<li>Sleep problems, nightmares and constant tiredness</li>"
                    "<li>Difficulties concentrating and remembering, which also show in language "
                    "learning</li>"
                    "<li>Irritability, being easily startled, withdrawal or emotional numbness</li>"
                    "<li>Physical symptoms, such as headaches, stomach problems and pain without a "
                    "clear cause</li>"
                    "<li>Avoiding certain places, sounds or situations, for example uniforms or "
                    "meetings with authorities</li>"
                    "</ul><p>The symptoms are normal reactions to exceptional experiences. They "
                    "are not always an illness, but when they last, they affect the whole family's "
                    "everyday life and parenting.</p>"
                ),
            ),
            ("heading", {"text": "A trauma-informed approach", "level": "h2"}),
            (
                "rich_text",
                (
                    "<ul>"
                    "<li><b>Safety</b>: predictable meetings in a familiar place. Tell in advance "
                    "what will happen.</li>"
                    "<li><b>Choice</b>: the client decides what to talk about. Do not ask about "
                    "traumatic experiences – telling them without a treatment relationship does "
                    "not necessarily help.</li>"
                    "<li><b>Reliability</b>: keep to what has been agreed and say honestly what "
                    "you can and cannot do.</li>"
                    "<li><b>Strengths</b>: notice what the client has survived and what carries "
                    "them.</li>"
                    "<li><b>Calming methods</b>: breathing, movement, nature and doing things "
                    "together often help more than talking.</li>"
                    "</ul>"
                ),
            ),
            ("heading", {"text": "Guiding to care", "level": "h2"}),
            (
                "rich_text",
                (
                    "<p>Guide the client to the health centre, the neuvola or mental health "
                    "services when symptoms last or disturb everyday life. Explain that mental "
                    "health services are confidential and a normal part of health care. Book an "
                    "interpreter if needed and go along to the first appointment if the client "
                    "wishes. There are specialised services for people with severe trauma; "
                    "referral is usually made through health care.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "text": (
                        "<p>If a client talks about suicidal thoughts, take it seriously, do not "
                        "leave them alone and guide them to help at once through the health centre "
                        "or the emergency clinic. In immediate danger, call the emergency number "
                        "112. Tell the coordinator about the situation the same day.</p>"
                    ),
                },
            ),
            (
                "checklist",
                {
                    "title": "Your own wellbeing",
                    "items": [
                        (
                            "Go through difficult situations in work supervision or with the "
                            "coordinator"
                        ),
                        (
                            "Recognise the signs of compassion fatigue: cynicism, sleeplessness, "
                            "thoughts stuck on work"
                        ),
                        "Keep to working hours and to the boundaries of meetings",
                        "Remember that you are not solely responsible for the client's recovery",
                    ],
                },
            ),
        ],
    },
}

# Chapter: Epäluottamus viranomaisiin (fi, en)
_KT_EPALUOTTAMUS_VIRANOMAISIIN = {
    "slug": "epaluottamus-viranomaisiin",
    "title": {"fi": "Epäluottamus viranomaisiin", "en": "Distrust of authorities"},
    "summary": {
        "fi": (
            "Aiemmat kokemukset ja huhut voivat saada perheen välttämään palveluja. Luottamus "
            "rakentuu avoimuudesta, johdonmukaisuudesta ja kohtaamisista."
        ),
        "en": (
            "Earlier experiences and rumours can make a family avoid services. Trust is built "
            "through openness, consistency and meeting people face to face."
        ),
    },
    "body": {
        "fi": [
            (
                "rich_text",
                (
                    "<p>Moni maahan muuttanut on kokenut, että viranomainen on uhka eikä apu: "
                    "korruptiota, mielivaltaa, vainoa tai tietojen käyttämistä perhettä vastaan. "
                    "Kokemukset eivät katoa rajan ylittyessä. Yhteisöissä kiertää myös huhuja – "
                    "tavallisin on, että ”sosiaalityöntekijät vievät lapset”. Epäluottamus on "
                    "ymmärrettävä suojautumiskeino, ei asenneongelma.</p>"
                ),
            ),
            ("heading", {"text": "Miten epäluottamus näkyy", "level": "h2"}),
            (
                "rich_text",
                (
                    "<ul>"
                    "<li>Tapaamisiin ei tulla, tai ne perutaan viime hetkellä.</li>"
                    "<li>Kysymyksiin vastataan varovasti, tai kaikki on ”hyvin”.</li>"
                    "<li>Perhe ei hae etuuksia, joihin sillä on oikeus, koska pelkää vaikutusta "
                    "oleskelulupaan.</li>"
                    "<li>Tulkkiin ei luoteta, etenkin jos tulkki kuuluu samaan pieneen "
                    "yhteisöön.</li>"
                    "<li>Neuvolan tai päiväkodin puheeksi ottama huoli koetaan syytöksenä.</li>"
                    "</ul>"
                ),
            ),
            ("heading", {"text": "Luottamusta rakentavat käytännöt", "level": "h2"}),
            (
                "rich_text",
                (
                    "<ul>"
                    "<li><b>Kerro roolisi selvästi</b>: kuka olet, mistä organisaatiosta tulet, "
                    "mitä teet ja mitä et tee. Järjestön työntekijä tai vapaaehtoinen ei ole "
                    "viranomainen, mutta tekee yhteistyötä viranomaisten kanssa.</li>"
                    "<li><b>Kerro, mihin tietoja käytetään</b>: mitä kirjataan, kuka tiedot näkee "
                    "ja mihin kysytään suostumus.</li>"
                    "<li><b>Selitä järjestelmän logiikka</b>: lastensuojelu on Suomessa "
                    "ensisijaisesti perheen tukemista avohuollossa – kotiin annettavaa apua, "
                    "tukihenkilöitä ja perhetyötä. Huostaanotto on viimesijainen keino.</li>"
                    "<li><b>Tutustumiskäynnit</b>: käy ryhmän kanssa Kelassa, poliisilla, "
                    "kirjastossa tai neuvolassa. Kasvokkainen kohtaaminen purkaa pelkoja paremmin "
                    "kuin esitteet.</li>"
                    "<li><b>Älä lupaa liikoja</b>: et voi taata päätösten lopputulosta. Pidä "
                    "kiinni siitä, mitä lupaat.</li>"
                    "<li><b>Tulkki</b>: kerro tulkin vaitiolovelvollisuudesta ja "
                    "puolueettomuudesta. Asiakas voi toivoa toista tulkkia tai etätulkkausta.</li>"
                    "</ul>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "note",
                    "text": (
                        "<p>Luottamus syntyy hitaasti ja voi katketa yhdestä kokemuksesta. Jos "
                        "asiakas kertoo huonosta kohtelusta, ota kokemus vakavasti ja kerro, miten "
                        "päätökseen voi hakea muutosta tai miten palvelusta voi tehdä "
                        "muistutuksen.</p>"
                    ),
                },
            ),
            (
                "key_phrases",
                {
                    "title": "Käsitteitä, jotka kannattaa avata asiakkaalle",
                    "phrases": [
                        {
                            "finnish": "lastensuojelu",
                            "translation": (
                                "Palvelu, joka auttaa perhettä, kun lapsen arjessa on huolta. "
                                "Useimmiten apu annetaan kotiin."
                            ),
                        },
                        {
                            "finnish": "suostumus",
                            "translation": (
                                "Lupa. Sinulta kysytään, saako tietojasi kertoa toiselle."
                            ),
                        },
                        {
                            "finnish": "salassapito",
                            "translation": (
                                "Työntekijät eivät saa kertoa asioistasi ulkopuolisille."
                            ),
                        },
                        {
                            "finnish": "muutoksenhaku",
                            "translation": (
                                "Jos päätös on mielestäsi väärä, voit pyytää, että se tarkistetaan."
                            ),
                        },
                        {
                            "finnish": "muistutus",
                            "translation": (
                                "Voit kertoa kirjallisesti, jos sinua on kohdeltu huonosti "
                                "palvelussa."
                            ),
                        },
                    ],
                },
            ),
        ],
        "en": [
            (
                "rich_text",
                (
                    "<p>Many immigrants have experienced authorities as a threat rather than help: "
                    "corruption, arbitrary treatment, persecution or information being used "
                    "against the family. These experiences do not disappear at the border. Rumours "
                    "also circulate in communities – the most common is that “social workers take "
                    "the children away”. Distrust is an understandable way of protecting oneself, "
                    "not a problem of attitude.</p>"
                ),
            ),
            ("heading", {"text": "How distrust shows", "level": "h2"}),
            (
                "rich_text",
                (
                    "<ul>"
                    "<li>People do not come to meetings, or cancel at the last minute.</li>"
                    "<li>Questions are answered cautiously, or everything is “fine”.</li>"
                    "<li>The family does not apply for benefits it is entitled to, fearing an "
                    "effect on the residence permit.</li>"
                    "<li>The interpreter is not trusted, especially if they belong to the same "
                    "small community.</li>"
                    "<li>A concern raised by the neuvola or daycare is experienced as an "
                    "accusation.</li>"
                    "</ul>"
                ),
            ),
            ("heading", {"text": "Practices that build trust", "level": "h2"}),
            (
                "rich_text",
                (
                    "<ul>"
                    "<li><b>Explain your role clearly</b>: who you are, which organisation you "
                    "come from, what you do and what you do not do. An NGO worker or volunteer is "
                    "not an authority but works together with authorities.</li>"
                    "<li><b>Explain how information is used</b>: what is recorded, who sees it and "
                    "what consent is asked for.</li>"
                    "<li><b>Explain the logic of the system</b>: in Finland child welfare is "
                    "primarily support for the family in open care – help at home, support persons "
                    "and family work. Taking a child into care is a last resort.</li>"
                    "<li><b>Introductory visits</b>: visit Kela, the police, the library or the "
                    "neuvola with the group. Meeting face to face dispels fears better than "
                    "brochures.</li>"
                    "<li><b>Do not over-promise</b>: you cannot guarantee the outcome of "
                    "decisions. Keep what you promise.</li>"
                    "<li><b>Interpreters</b>: explain the interpreter's duty of confidentiality "
                    "and impartiality. The client can ask for another interpreter or for remote "
                    "interpreting.</li>"
                    "</ul>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "note",
                    "text": (
                        "<p>Trust grows slowly and can break after a single experience. If a "
                        "client tells you about poor treatment, take it seriously and explain how "
                        "to appeal a decision or how to make a complaint (muistutus) about a "
                        "service.</p>"
                    ),
                },
            ),
            (
                "key_phrases",
                {
                    "title": "Concepts worth explaining to the client",
                    "phrases": [
                        {
                            "finnish": "lastensuojelu",
                            "translation": (
                                "Child welfare: a service that helps a family when there is "
                                "concern about a child's everyday life. Most often the help is "
                                "given at home."
                            ),
                        },
                        {
                            "finnish": "suostumus",
                            "translation": (
                                "Consent: you are asked for permission before your information is "
                                "shared with someone else."
                            ),
                        },
                        {
                            "finnish": "salassapito",
                            "translation": (
                                "Confidentiality: workers may not tell outsiders about your "
                                "matters."
                            ),
                        },
                        {
                            "finnish": "muutoksenhaku",
                            "translation": (
                                "Appeal: if you think a decision is wrong, you can ask for it to "
                                "be reviewed."
                            ),
                        },
                        {
                            "finnish": "muistutus",
                            "translation": (
                                "Complaint: you can tell in writing if you were treated badly in a "
                                "service."
                            ),
                        },
                    ],
                },
            ),
        ],
    },
}

# Chapter: Yksinäisyys ja eristäytyminen (fi, en)
_KT_YKSINAISYYS = {
    "slug": "yksinaisyys",
    "title": {"fi": "Yksinäisyys ja eristäytyminen", "en": "Loneliness and isolation"},
    "summary": {
        "fi": (
            "Kotona lapsia hoitava äiti voi jäädä kaikkien palvelujen ulkopuolelle. Yksinäisyyden "
            "tunnistaminen ja henkilökohtainen kutsu ovat osallisuuden ensimmäiset askeleet."
        ),
        "en": (
            "A mother caring for children at home can end up outside all services. Recognising "
            "loneliness and a personal invitation are the first steps towards participation."
        ),
    },
    "body": {
        "fi": [
            (
                "rich_text",
                (
                    "<p>Kotona pieniä lapsia hoitava maahan muuttanut äiti on usein kaikkien "
                    "palvelujen ulkopuolella: hän ei ole työssä, opiskelemassa eikä "
                    "työllisyyspalvelujen asiakkaana, ja lapset ovat kotona. Sukuverkosto, joka "
                    "kotimaassa kantaisi arkea, puuttuu. Pitkä ja pimeä talvi, pitkät etäisyydet "
                    "ja harva joukkoliikenne – esimerkiksi Simossa ja Tervolassa – lisäävät "
                    "eristäytymistä.</p>"
                ),
            ),
            ("heading", {"text": "Tunnista yksinäisyys", "level": "h2"}),
            (
                "rich_text",
                (
                    "<ul>"
                    "<li>Äiti liikkuu kodin ulkopuolella vain puolison kanssa tai ei juuri "
                    "lainkaan.</li>"
                    "<li>Sosiaaliset suhteet rajoittuvat puhelimeen ja kotimaan sukulaisiin.</li>"
                    "<li>Äiti ei tiedä, missä lähin leikkipuisto, kirjasto tai perhekahvila "
                    "on.</li>"
                    "<li>Väsymys, alakulo ja kiinnostuksen puute toistuvat.</li>"
                    "<li>Lapsilla ei ole leikkikavereita, eikä suomen kieli karttu.</li>"
                    "</ul>"
                ),
            ),
            ("heading", {"text": "Keinoja osallisuuteen", "level": "h2"}),
            (
                "steps",
                {
                    "title": "Askel kerrallaan ulos kotoa",
                    "steps": [
                        {
                            "title": "Etsivä työ",
                            "text": (
                                "<p>Yhteys syntyy usein neuvolan, päiväkodin, koulun tai toisen "
                                "äidin kautta. Mene sinne, missä äidit jo ovat: leikkipuistoon, "
                                "kirjastoon, kaupan lähelle.</p>"
                            ),
                        },
                        {
                            "title": "Henkilökohtainen kutsu",
                            "text": (
                                "<p>Esite ei riitä. Soita, kutsu nimellä ja kerro, kuka on "
                                "vastassa. Tarjoa lastenhoito ja tarvittaessa kyyti tai saattaja "
                                "ensimmäiselle kerralle.</p>"
                            ),
                        },
                        {
                            "title": "Vertaisryhmä",
                            "text": (
                                "<p>Saman kielen ryhmässä on helppo aloittaa. Vähitellen rohkeus "
                                "kasvaa tulla myös yhteisiin ryhmiin.</p>"
                            ),
                        },
                        {
                            "title": "Tukiperhe tai kummi",
                            "text": (
                                "<p>Säännöllinen suomalainen kontakti tuo kielen harjoittelua, "
                                "tietoa paikkakunnasta ja ystävyyttä.</p>"
                            ),
                        },
                        {
                            "title": "Yhteiset retket",
                            "text": (
                                "<p>Tutustumiskäynnit kirjastoon, uimahalliin ja luontoon "
                                "madaltavat kynnystä mennä myöhemmin itse.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "rich_text",
                (
                    "<p>Osallisuus vahvistuu, kun äiti saa itse vaikuttaa. Kysy, mitä hän haluaisi "
                    "oppia tai kokeilla, ja anna ryhmäläisille vastuuta: joku opettaa muille "
                    "ruokaohjeen, toinen kertoo kotiseudustaan tai toimii vertaisena uusille "
                    "tulijoille. Kun äiti huomaa olevansa ryhmälle tärkeä, sitoutuminen kasvaa. "
                    "Vertaisiksi rohkaistuneet äidit tavoittavat usein muita syrjään jääneitä "
                    "äitejä paremmin kuin työntekijät.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": (
                        "<p>Ota puoliso mukaan. Kun puoliso tuntee toiminnan ja työntekijät, äidin "
                        "osallistuminen helpottuu. Tehtäväpaketit, joita tehdään yhdessä kotona, "
                        "vahvistavat koko perheen kotoutumista.</p>"
                    ),
                },
            ),
            (
                "callout",
                {
                    "kind": "note",
                    "text": (
                        "<p>Yksinäisyys ei aina näy päälle päin. Kysy suoraan ja lämpimästi: "
                        "”Kenen kanssa vietät aikaa? Onko sinulla joku, jolle voit soittaa, jos "
                        "tarvitset apua?”</p>"
                    ),
                },
            ),
        ],
        "en": [
            (
                "rich_text",
                (
                    "<p>An immigrant mother caring for small children at home is often outside all "
                    "services: she is not working, studying or a client of the employment "
                    "services, and the children are at home. The family network that would carry "
                    "everyday life in the home country is missing. The long, dark winter, long "
                    "distances and sparse public transport – for example in Simo and Tervola – add "
                    "to isolation.</p>"
                ),
            ),
            ("heading", {"text": "Recognise loneliness", "level": "h2"}),
            (
                "rich_text",
                (
                    "<ul>"
                    "<li>The mother goes out only with her spouse, or hardly at all.</li>"
                    "<li>Social contacts are limited to the phone and relatives in the home "
                    "country.</li>"
                    "<li>The mother does not know where the nearest playground, library or family "
                    "café is.</li>"
                    "<li>Tiredness, low mood and lack of interest keep recurring.</li>"
                    "<li>The children have no playmates, and their Finnish is not developing.</li>"
                    "</ul>"
                ),
            ),
            ("heading", {"text": "Ways to participation", "level": "h2"}),
            (
                "steps",
                {
                    "title": "Step by step out of the house",
                    "steps": [
                        {
                            "title": "Outreach work",
                            "text": (
                                "<p>Contact often starts through the neuvola, daycare, school or "
                                "another mother. Go where the mothers already are: the playground, "
                                "the library, near the shop.</p>"
                            ),
                        },
                        {
                            "title": "A personal invitation",
                            "text": (
                                "<p>A brochure is not enough. Call, invite by name and tell who "
                                "will be there to meet her. Offer childcare and, if needed, a ride "
                                "or someone to come along the first time.</p>"
                            ),
                        },
                        {
                            "title": "Peer group",
                            "text": (
                                "<p>It is easy to start in a group that shares a language. "
                                "Gradually the courage grows to join mixed groups too.</p>"
                            ),
                        },
                        {
                            "title": "Support family or godparent",
                            "text": (
                                "<p>A regular Finnish contact brings language practice, knowledge "
                                "of the locality and friendship.</p>"
                            ),
                        },
                        {
                            "title": "Outings together",
                            "text": (
                                "<p>Introductory visits to the library, the swimming hall and "
                                "nature make it easier to go alone later.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "rich_text",
                (
                    "<p>Participation grows when the mother can influence things herself. Ask what "
                    "she would like to learn or try, and give group members responsibility: one "
                    "teaches the others a recipe, another tells about her home region or acts as a "
                    "peer for newcomers. When a mother notices that she matters to the group, her "
                    "commitment grows. Mothers who have gained the confidence to act as peers "
                    "often reach other isolated mothers better than workers do.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": (
                        "<p>Involve the spouse. When the spouse knows the activity and the "
                        "workers, it is easier for the mother to take part. Task packages done "
                        "together at home strengthen the integration of the whole family.</p>"
                    ),
                },
            ),
            (
                "callout",
                {
                    "kind": "note",
                    "text": (
                        "<p>Loneliness does not always show on the outside. Ask directly and "
                        "warmly: “Who do you spend time with? Is there someone you can call if you "
                        "need help?”</p>"
                    ),
                },
            ),
        ],
    },
}

# Chapter: Kun omia oikeuksia ei tunneta (fi, en)
_KT_OIKEUKSIEN_TUNTEMINEN = {
    "slug": "oikeuksien-tunteminen",
    "title": {"fi": "Kun omia oikeuksia ei tunneta", "en": "When people do not know their rights"},
    "summary": {
        "fi": (
            "Moni äiti ei tiedä oikeuksistaan palveluihin, etuuksiin ja turvaan. Tieto annetaan "
            "pala kerrallaan, ja toimijuutta vahvistetaan tekemällä yhdessä."
        ),
        "en": (
            "Many mothers do not know their rights to services, benefits and safety. Information "
            "is given piece by piece, and agency is strengthened by doing things together."
        ),
    },
    "body": {
        "fi": [
            (
                "rich_text",
                (
                    "<p>Kun ei tunne oikeuksiaan, ei osaa vaatia niitä. Tämä koskee sekä palveluja "
                    "että perus- ja ihmisoikeuksia. Moni äiti ei tiedä, että hänellä on omat "
                    "oikeutensa etuuksiin, palveluihin ja omaa elämäänsä koskeviin päätöksiin, "
                    "vaikka perheen asioita olisi totuttu hoitamaan puolison tai suvun kautta.</p>"
                ),
            ),
            ("heading", {"text": "Oikeudet, joista kannattaa puhua", "level": "h2"}),
            (
                "rich_text",
                (
                    "<ul>"
                    "<li><b>Yhdenvertaisuus ja tasa-arvo</b>: syrjintä esimerkiksi alkuperän, "
                    "kielen, uskonnon tai sukupuolen perusteella on kielletty.</li>"
                    "<li><b>Tulkkaus</b>: kun asia tulee vireille viranomaisen aloitteesta, "
                    "viranomainen järjestää tulkkauksen. Myös monissa muissa palveluissa tulkki "
                    "järjestetään pyydettäessä.</li>"
                    "<li><b>Taloudellinen itsenäisyys</b>: oma pankkitili, omat etuudet ja oikeus "
                    "tietää perheen taloudesta.</li>"
                    "<li><b>Koskemattomuus</b>: lähisuhdeväkivalta, raiskaus myös avioliitossa ja "
                    "lasten ruumiillinen kurittaminen ovat Suomessa rikoksia.</li>"
                    "<li><b>Lapsen oikeudet</b>: oikeus varhaiskasvatukseen, opetukseen, "
                    "terveydenhoitoon ja väkivallattomaan kasvatukseen.</li>"
                    "<li><b>Muutoksenhaku</b>: viranomaisen päätöksessä on aina ohje siitä, miten "
                    "siihen voi hakea muutosta.</li>"
                    "</ul>"
                ),
            ),
            ("heading", {"text": "Miten tukea oikeuksien toteutumista", "level": "h2"}),
            (
                "rich_text",
                (
                    "<ul>"
                    "<li>Anna tietoa pala kerrallaan ja konkreettisten tilanteiden kautta: ”Tällä "
                    "lomakkeella haet asumistukea. Sinulla voi olla siihen oikeus.”</li>"
                    "<li>Vahvista toimijuutta: tee yhdessä, älä asiakkaan puolesta. Seuraavalla "
                    "kerralla asiakas tekee itse, ja sinä olet tukena.</li>"
                    "<li>Ohjaa asiantuntijalle: oikeusaputoimisto, talous- ja velkaneuvonta, "
                    "Rikosuhripäivystys, Nollalinja ja hyvinvointialueen sosiaaliasiavastaava.</li>"
                    "<li>Käsittele aiheita ryhmässä: yhteiskuntaa ja oikeuksia käsittelevät "
                    "teematapaamiset ovat turvallinen paikka kysyä.</li>"
                    "</ul>"
                ),
            ),
            (
                "rich_text",
                (
                    "<p>Oikeuksista puhuminen ei tarkoita perheen kulttuurin arvostelua. Lähde "
                    "liikkeelle siitä, mitä äiti itse toivoo omalle ja lastensa elämälle, ja "
                    "kerro, miten Suomen laki ja palvelut voivat tukea sitä. Ota myös puoliso "
                    "mukaan: kun hänkin saa tietoa esimerkiksi tehtäväpakettien kautta, muutos ei "
                    "jää äidin yksin kannettavaksi.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "note",
                    "text": (
                        "<p>Oleskelulupaan liittyvät kysymykset ovat perheelle usein ratkaisevan "
                        "tärkeitä ja monimutkaisia. Älä anna niistä neuvoja arvaamalla. Ohjaa "
                        "Maahanmuuttovirastoon, oikeusaputoimistoon tai maahanmuuttoasioihin "
                        "perehtyneelle juristille tai järjestölle.</p>"
                    ),
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "text": (
                        "<p>Jos asiakas kertoo väkivallasta tai pelkää puolisoaan, älä ota asiaa "
                        "puheeksi puolison tai muiden sukulaisten kuullen. Kerro turvakodeista ja "
                        "Nollalinjasta (080 005 005), mieti turvasuunnitelmaa yhdessä ja konsultoi "
                        "koordinaattoria. Välittömässä vaarassa soita 112.</p>"
                    ),
                },
            ),
        ],
        "en": [
            (
                "rich_text",
                (
                    "<p>If you do not know your rights, you cannot claim them. This applies both "
                    "to services and to fundamental and human rights. Many mothers do not know "
                    "that they have their own rights to benefits, services and decisions about "
                    "their own lives, even if the family's affairs have usually been handled by "
                    "the spouse or the extended family.</p>"
                ),
            ),
            ("heading", {"text": "Rights worth talking about", "level": "h2"}),
            (
                "rich_text",
                (
                    "<ul>"
                    "<li><b>Equality and non-discrimination</b>: discrimination on the basis of, "
                    "for example, origin, language, religion or gender is prohibited.</li>"
                    "<li><b>Interpreting</b>: when a matter is initiated by an authority, the "
                    "authority arranges interpreting. Many other services also arrange an "
                    "interpreter on request.</li>"
                    "<li><b>Financial independence</b>: one's own bank account, one's own benefits "
                    "and the right to know about the family's finances.</li>"
                    "<li><b>Bodily integrity</b>: domestic violence, rape also within marriage and "
                    "corporal punishment of children are crimes in Finland.</li>"
                    "<li><b>Children's rights</b>: the right to early childhood education, "
                    "education, health care and a non-violent upbringing.</li>"
                    "<li><b>Appeal</b>: a decision by an authority always includes instructions on "
                    "how to appeal it.</li>"
                    "</ul>"
                ),
            ),
            ("heading", {"text": "How to support the realisation of rights", "level": "h2"}),
            (
                "rich_text",
                (
                    "<ul>"
                    "<li>Give information piece by piece and through concrete situations: “With "
                    "this form you apply for housing allowance. You may be entitled to it.”</li>"
                    "<li>Strengthen agency: do things together, not on the client's behalf. Next "
                    "time the client does it herself and you support her.</li>"
                    "<li>Refer to experts: the public legal aid office, financial and debt "
                    "counselling, Victim Support Finland (Rikosuhripäivystys), Nollalinja and the "
                    "social welfare ombudsman of the wellbeing services county.</li>"
                    "<li>Discuss topics in the group: theme meetings on society and rights are a "
                    "safe place to ask.</li>"
                    "</ul>"
                ),
            ),
            (
                "rich_text",
                (
                    "<p>Talking about rights does not mean criticising the family's culture. Start "
                    "from what the mother herself hopes for her own and her children's lives, and "
                    "explain how Finnish law and services can support it. Involve the spouse too: "
                    "when he also gets information, for example through the task packages, the "
                    "change is not left for the mother to carry alone.</p>"
                ),
            ),
            (
                "callout",
                {
                    "kind": "note",
                    "text": (
                        "<p>Questions about residence permits are often crucial and complex for "
                        "the family. Do not give advice on them by guessing. Refer to the Finnish "
                        "Immigration Service, the public legal aid office or a lawyer or "
                        "organisation specialised in immigration matters.</p>"
                    ),
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "text": (
                        "<p>If a client tells you about violence or is afraid of her spouse, never "
                        "raise the matter where the spouse or other relatives can hear. Tell her "
                        "about shelters and Nollalinja (080 005 005), think about a safety plan "
                        "together and consult the coordinator. In immediate danger, call 112.</p>"
                    ),
                },
            ),
        ],
    },
}

# Chapter: Tukiperheenä ja kummina toimiminen (fi, en)
_KT_TUKIPERHEENA_JA_KUMMINA = {
    "slug": "tukiperheena-ja-kummina",
    "title": {
        "fi": "Tukiperheenä ja kummina toimiminen",
        "en": "Working as a support family or godparent",
    },
    "summary": {
        "fi": (
            "Tukiperheen ja kummin rooli, rajat ja luottamuksellisuus sekä toiminta silloin, kun "
            "olet huolissasi lapsesta."
        ),
        "en": (
            "The role, boundaries and confidentiality of a support family and godparent, and what "
            "to do when you are worried about a child."
        ),
    },
    "body": {
        "fi": [
            (
                "rich_text",
                (
                    "<p>Tukiperhe tai kummi on vapaaehtoinen, joka tapaa perhettä säännöllisesti "
                    "noin vuoden ajan – tavallisesti 1–4 kertaa kuukaudessa tai tukiperheenä "
                    "viikonlopun kuukaudessa. Tavoitteena on arjen tuki, suomen kielen käyttö, "
                    "paikkakuntaan tutustuminen ja ennen kaikkea luotettava ihmissuhde. "
                    "Kotoutuminen on kaksisuuntaista: myös vapaaehtoinen oppii ja muuttuu.</p>"
                ),
            ),
            ("heading", {"text": "Roolisi ja rajat", "level": "h2"}),
            (
                "rich_text",
                (
                    "<ul>"
                    "<li>Olet vapaaehtoinen, et työntekijä, viranomainen tai tulkki. Et tee "
                    "päätöksiä perheen puolesta.</li>"
                    "<li>Sopikaa tapaamisten tiheys ja tavat yhdessä perheen ja koordinaattorin "
                    "kanssa, ja pitäkää niistä kiinni.</li>"
                    "<li>Älä lainaa tai anna rahaa äläkä hoida perheen raha-asioita. Pienistä "
                    "yhteisistä kuluista sovitaan etukäteen.</li>"
                    "<li>Uskonnolliset ja poliittiset vakaumukset ovat jokaisen omia. Älä käännytä "
                    "äläkä arvostele.</li>"
                    "<li>Sinun ei tarvitse olla aina tavoitettavissa. Kerro, milloin vastaat "
                    "viesteihin.</li>"
                    "<li>Jos et ole varma, onko jokin sopivaa, kysy koordinaattorilta.</li>"
                    "</ul>"
                ),
            ),
            ("heading", {"text": "Luottamuksellisuus", "level": "h2"}),
            (
                "rich_text",
                (
                    "<p>Kaikki, mitä kuulet perheen asioista, on luottamuksellista. Et kerro "
                    "perheen asioita ystävillesi, sosiaalisessa mediassa etkä muille perheille. "
                    "Älä julkaise kuvia perheestä. Vaitiolo jatkuu myös tukisuhteen päätyttyä. "
                    "Poikkeus on tilanne, jossa joku on vaarassa: silloin toimit alla olevan "
                    "ohjeen mukaan. Kirjaa tapaamiset Tukiverkkoon lyhyesti – päivämäärä ja mitä "
                    "teitte, ei arkaluonteisia tietoja.</p>"
                ),
            ),
            ("heading", {"text": "Jos olet huolissasi lapsesta", "level": "h2"}),
            (
                "steps",
                {
                    "title": "Toimi näin",
                    "steps": [
                        {
                            "title": "Välitön vaara",
                            "text": (
                                "<p>Jos lapsi tai joku muu on välittömässä vaarassa, soita "
                                "hätänumeroon 112.</p>"
                            ),
                        },
                        {
                            "title": "Ota yhteys koordinaattoriin samana päivänä",
                            "text": (
                                "<p>Kerro, mitä näit tai kuulit – tosiasiat, ei tulkintoja. "
                                "Koordinaattori auttaa arvioimaan tilanteen ja tekee tarvittaessa "
                                "lastensuojeluilmoituksen tai tukee sinua sen tekemisessä.</p>"
                            ),
                        },
                        {
                            "title": "Lastensuojeluilmoitus",
                            "text": (
                                "<p>Kuka tahansa voi tehdä lastensuojeluilmoituksen, jos on "
                                "huolissaan lapsen hyvinvoinnista. Monilla ammattilaisilla, kuten "
                                "sosiaali-, terveys- ja opetusalan työntekijöillä, on siihen "
                                "lakisääteinen velvollisuus (lastensuojelulaki 25 §). Ilmoitus "
                                "tehdään hyvinvointialueen lastensuojeluun, virka-ajan "
                                "ulkopuolella sosiaalipäivystykseen.</p>"
                            ),
                        },
                        {
                            "title": "Älä selvitä asiaa itse",
                            "text": (
                                "<p>Älä kuulustele lasta tai vanhempia, äläkä lupaa lapselle pitää "
                                "asiaa salassa. Kuuntele rauhallisesti ja kerro, että kerrot "
                                "asiasta aikuiselle, joka voi auttaa.</p>"
                            ),
                        },
                        {
                            "title": "Huolehdi itsestäsi",
                            "text": (
                                "<p>Huoli lapsesta on raskas kokemus. Käy tilanne jälkeenpäin läpi "
                                "koordinaattorin kanssa.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "checklist",
                {
                    "title": "Ennen ensimmäistä tapaamista",
                    "items": [
                        "Perehdytyskoulutus käyty ja vapaaehtoissopimus allekirjoitettu",
                        (
                            "Rikostaustaote näytetty koordinaattorille, jos tehtävään kuuluu "
                            "säännöllisesti yksin oloa lasten kanssa"
                        ),
                        "Ensitapaaminen sovittu niin, että koordinaattori on mukana",
                        "Yhteystiedot ja tavoitettavuus sovittu perheen kanssa",
                        "Tiedossa, kenelle soitat ongelmatilanteessa",
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": (
                        "<p>Tukisuhde päättyy suunnitellusti, yleensä noin vuoden kuluttua. "
                        "Puhukaa päättymisestä hyvissä ajoin ja sopikaa yhdessä, jatkuuko "
                        "yhteydenpito ystävinä. Molemmat osapuolet antavat koordinaattorille "
                        "lyhyen palautteen.</p>"
                    ),
                },
            ),
        ],
        "en": [
            (
                "rich_text",
                (
                    "<p>A support family or godparent is a volunteer who meets a family regularly "
                    "for about a year – usually 1–4 times a month, or as a support family one "
                    "weekend a month. The aim is everyday support, using Finnish, getting to know "
                    "the locality and above all a reliable relationship. Integration is two-way: "
                    "the volunteer also learns and changes.</p>"
                ),
            ),
            ("heading", {"text": "Your role and boundaries", "level": "h2"}),
            (
                "rich_text",
                (
                    "<ul>"
                    "<li>You are a volunteer, not a worker, an authority or an interpreter. You do "
                    "not make decisions on the family's behalf.</li>"
                    "<li>Agree on how often and how you meet together with the family and the "
                    "coordinator, and keep to it.</li>"
                    "<li>Do not lend or give money, and do not handle the family's finances. Small "
                    "shared costs are agreed in advance.</li>"
                    "<li>Religious and political convictions belong to each person. Do not "
                    "proselytise or criticise.</li>"
                    "<li>You do not have to be reachable all the time. Tell the family when you "
                    "answer messages.</li>"
                    "<li>If you are not sure whether something is appropriate, ask the "
                    "coordinator.</li>"
                    "</ul>"
                ),
            ),
            ("heading", {"text": "Confidentiality", "level": "h2"}),
            (
                "rich_text",
                (
                    "<p>Everything you hear about the family's affairs is confidential. You do not "
                    "tell the family's matters to your friends, on social media or to other "
                    "families. Do not publish photos of the family. Confidentiality continues "
                    "after the support relationship has ended. The exception is a situation where "
                    "someone is in danger: then follow the instructions below. Log your meetings "
                    "in Tukiverkko briefly – the date and what you did, no sensitive "
                    "information.</p>"
                ),
            ),
            ("heading", {"text": "If you are worried about a child", "level": "h2"}),
            (
                "steps",
                {
                    "title": "What to do",
                    "steps": [
                        {
                            "title": "Immediate danger",
                            "text": (
                                "<p>If a child or anyone else is in immediate danger, call the "
                                "emergency number 112.</p>"
                            ),
                        },
                        {
                            "title": "Contact the coordinator the same day",
                            "text": (
                                "<p>Tell what you saw or heard – facts, not interpretations. The "
                                "coordinator helps assess the situation and, if needed, makes a "
                                "child welfare notification or supports you in making it.</p>"
                            ),
                        },
                        {
                            "title": "Child welfare notification",
                            "text": (
                                "<p>Anyone can make a child welfare notification if they are "
                                "worried about a child's wellbeing. Many professionals, such as "
                                "those working in social services, health care and education, have "
                                "a statutory duty to do so (Child Welfare Act, section 25). The "
                                "notification is made to the child welfare services of the "
                                "wellbeing services county, and outside office hours to the "
                                "emergency social services.</p>"
                            ),
                        },
                        {
                            "title": "Do not investigate yourself",
                            "text": (
                                "<p>Do not question the child or the parents, and do not promise "
                                "the child to keep it a secret. Listen calmly and say that you "
                                "will tell an adult who can help.</p>"
                            ),
                        },
                        {
                            "title": "Take care of yourself",
                            "text": (
                                "<p>Worrying about a child is a heavy experience. Go through the "
                                "situation afterwards with the coordinator.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "checklist",
                {
                    "title": "Before the first meeting",
                    "items": [
                        "Induction training completed and volunteer agreement signed",
                        (
                            "Criminal-record extract shown to the coordinator if the task "
                            "regularly involves being alone with children"
                        ),
                        "First meeting arranged with the coordinator present",
                        "Contact details and availability agreed with the family",
                        "You know whom to call if a problem arises",
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": (
                        "<p>The support relationship ends as planned, usually after about a year. "
                        "Talk about the ending in good time and agree together whether you will "
                        "keep in touch as friends. Both sides give the coordinator short "
                        "feedback.</p>"
                    ),
                },
            ),
        ],
    },
}


# Guides: chapters are the constants above, in reading order.
GUIDES = [
    {
        "slug": "kotoudu-kotona",
        "public": True,
        "audience": ["mothers"],
        "title": {"fi": "Kotoudu kotona", "en": "Integrate at home", "ar": "اندمجي من البيت"},
        "intro": {
            "fi": (
                "Kotoudu kotona on opas äideille ja perheille, jotka ovat muuttaneet Meri-Lappiin "
                "tai muualle Suomeen. Oppaasta löydät tietoa palveluista, terveydestä, "
                "päiväkodista ja koulusta, rahasta ja turvallisuudesta. Voit lukea opasta omalla "
                "kielelläsi yksin tai yhdessä perheen kanssa."
            ),
            "en": (
                "Integrate at home is a guide for mothers and families who have moved to Sea "
                "Lapland or elsewhere in Finland. In the guide you find information about "
                "services, health, daycare and school, money and safety. You can read it in your "
                "own language, alone or together with your family."
            ),
            "ar": (
                "«اندمجي من البيت» دليل للأمهات والعائلات التي انتقلت إلى منطقة ميري-لابي أو إلى "
                "مكان آخر في فنلندا. في الدليل معلومات عن الخدمات والصحة والروضة والمدرسة والمال "
                "والسلامة. يمكنكِ أن تقرئيه بلغتكِ، وحدكِ أو مع أسرتكِ."
            ),
        },
        "chapters": [
            _KK_PALVELUT_JA_OIKEUDET,
            _KK_TERVEYS_JA_NEUVOLA,
            _KK_VARHAISKASVATUS_JA_KOULU,
            _KK_RAHA_JA_ARKI,
            _KK_TURVALLISUUS_JA_112,
            _KK_HYVINVOINTI_JA_VAPAA_AIKA,
            _KK_KIELI_OPISKELU_JA_TYO,
        ],
    },
    {
        "slug": "kotoutumisen-tuki",
        "public": False,
        "audience": ["professionals", "volunteers"],
        "title": {
            "fi": "Kotoutumisopas ammattilaisille ja vapaaehtoisille",
            "en": "Integration guide for professionals and volunteers",
        },
        "intro": {
            "fi": (
                "Opas tukee ammattilaisten ja vapaaehtoisten työtä maahan muuttaneiden äitien ja "
                "perheiden kanssa. Se auttaa tunnistamaan heikon kielitaidon, lukutaidottomuuden, "
                "terveysongelmat ja trauman, epäluottamuksen viranomaisiin, yksinäisyyden ja "
                "oikeuksien tuntemattomuuden sekä antaa käytännön keinoja kohtaamiseen ja "
                "tukiperhe- ja kummitoimintaan."
            ),
            "en": (
                "This guide supports the work of professionals and volunteers with immigrant "
                "mothers and families. It helps to recognise weak Finnish, illiteracy, health "
                "problems and trauma, distrust of authorities, loneliness and not knowing one's "
                "rights, and gives practical methods for meeting people and for work as a support "
                "family or godparent."
            ),
        },
        "chapters": [
            _KT_HEIKKO_KIELITAITO_JA_LUKUTAIDOTTOMUUS,
            _KT_TERVEYSONGELMAT_JA_TRAUMA,
            _KT_EPALUOTTAMUS_VIRANOMAISIIN,
            _KT_YKSINAISYYS,
            _KT_OIKEUKSIEN_TUNTEMINEN,
            _KT_TUKIPERHEENA_JA_KUMMINA,
        ],
    },
]


# ----------------------------------------------------------------------------------------
# Theme packages (teematapaamiset + tehtäväpaketit). Agenda minutes sum to
# duration_minutes. languages_available lists the languages in which the meeting
# can be run (with an interpreter where needed).
# ----------------------------------------------------------------------------------------

# Package: Perheen raha-arki: budjetti ja laskut (finances; fi, en, ar)
_PKG_PERHEEN_RAHA_ARKI = {
    "slug": "perheen-raha-arki",
    "theme": "finances",
    "audience": ["mothers", "spouses"],
    "duration_minutes": 120,
    "title": {
        "fi": "Perheen raha-arki: budjetti ja laskut",
        "en": "Family finances: budget and bills",
        "ar": "المال في حياة الأسرة: الميزانية والفواتير",
    },
    "intro": {
        "fi": (
            "Teematapaamisessa harjoitellaan perheen kuukausibudjetin tekemistä, laskun lukemista "
            "ja eräpäivien hallintaa. Lisäksi opitaan tunnistamaan huijausviestit ja kuullaan, "
            "mistä saa apua, jos rahat eivät riitä."
        ),
        "en": (
            "In this theme meeting we practise making a monthly family budget, reading a bill and "
            "keeping track of due dates. We also learn to recognise scam messages and hear where "
            "to get help if the money is not enough."
        ),
        "ar": (
            "في هذا اللقاء نتدرّب على إعداد ميزانية شهرية للأسرة، وقراءة الفاتورة، ومتابعة تواريخ "
            "الاستحقاق. ونتعلّم أيضاً كيف نعرف رسائل الاحتيال، ونعرف أين نجد المساعدة إذا لم يكفِ "
            "المال."
        ),
    },
    "objectives": {
        "fi": [
            "Osaan tehdä perheen kuukausibudjetin tuloista ja menoista.",
            "Tunnistan laskusta eräpäivän, summan, viitenumeron ja tilinumeron.",
            "Tiedän, mitä teen, jos en pysty maksamaan laskua ajoissa.",
            "Tunnistan huijausviestin ja suojaan pankkitunnukseni.",
            "Tiedän, mistä saan maksutonta talous- ja velkaneuvontaa.",
        ],
        "en": [
            "I can make a monthly family budget of income and expenses.",
            "I can find the due date, amount, reference number and account number on a bill.",
            "I know what to do if I cannot pay a bill on time.",
            "I can recognise a scam message and protect my online banking codes.",
            "I know where to get free financial and debt counselling.",
        ],
        "ar": [
            "أستطيع أن أُعدّ ميزانية شهرية للأسرة من الدخل والمصاريف.",
            "أعرف أين أجد في الفاتورة تاريخ الاستحقاق والمبلغ والرقم المرجعي ورقم الحساب.",
            "أعرف ماذا أفعل إذا لم أستطع دفع الفاتورة في موعدها.",
            "أعرف رسالة الاحتيال وأحمي رموز البنك الخاصة بي.",
            "أعرف أين أجد استشارة مجانية في الشؤون المالية والديون.",
        ],
    },
    "agenda": {
        "fi": [
            {
                "title": "Tervetuloa ja kuulumiset",
                "minutes": 15,
                "description": (
                    "Kahvia tai teetä, nimikierros ja viikon kuulumiset. Päivän aihe ja tavoitteet "
                    "esitellään kuvien avulla."
                ),
            },
            {
                "title": "Mihin raha menee?",
                "minutes": 25,
                "description": (
                    "Keskustelu pienryhmissä: mitä perheen kuukauteen kuuluu? Kuvakortit "
                    "lajitellaan pakollisiin ja muihin menoihin."
                ),
            },
            {
                "title": "Budjettiharjoitus",
                "minutes": 30,
                "description": (
                    "Täytetään yhdessä esimerkkiperheen budjettipohja. Jokainen voi halutessaan "
                    "aloittaa oman budjettinsa."
                ),
            },
            {
                "title": "Tauko",
                "minutes": 10,
                "description": "Välipala ja jaloittelu. Äidit voivat käydä katsomassa lapsia.",
            },
            {
                "title": "Lasku ja huijausviesti",
                "minutes": 25,
                "description": (
                    "Tutkitaan mallilaskua: eräpäivä, viitenumero ja tilinumero. Verrataan pankin "
                    "oikeaa viestiä ja huijausviestiä."
                ),
            },
            {
                "title": "Kotitehtävä ja lopetus",
                "minutes": 15,
                "description": (
                    "Esitellään tehtäväpaketti puolisolle ja lapsille. Palautekierros "
                    "hymiökorteilla."
                ),
            },
        ],
        "en": [
            {
                "title": "Welcome and news",
                "minutes": 15,
                "description": (
                    "Coffee or tea, a round of names and the week's news. The topic and goals of "
                    "the day are introduced with pictures."
                ),
            },
            {
                "title": "Where does the money go?",
                "minutes": 25,
                "description": (
                    "Discussion in small groups: what belongs to a family's month? Picture cards "
                    "are sorted into fixed costs and other costs."
                ),
            },
            {
                "title": "Budget exercise",
                "minutes": 30,
                "description": (
                    "Together we fill in a budget form for an example family. Anyone who wishes "
                    "can start her own budget."
                ),
            },
            {
                "title": "Break",
                "minutes": 10,
                "description": "Snack and a stretch. Mothers can go and see their children.",
            },
            {
                "title": "A bill and a scam message",
                "minutes": 25,
                "description": (
                    "We study a model bill: due date, reference number and account number. We "
                    "compare a real message from a bank with a scam message."
                ),
            },
            {
                "title": "Home task and closing",
                "minutes": 15,
                "description": (
                    "The task package for spouses and children is introduced. Feedback round with "
                    "smiley cards."
                ),
            },
        ],
        "ar": [
            {
                "title": "الترحيب وتبادل الأخبار",
                "minutes": 15,
                "description": (
                    "قهوة أو شاي، وجولة تعارف بالأسماء، وأخبار الأسبوع. نعرض موضوع اليوم وأهدافه "
                    "بالصور."
                ),
            },
            {
                "title": "أين يذهب المال؟",
                "minutes": 25,
                "description": (
                    "نقاش في مجموعات صغيرة: ماذا يدخل في شهر الأسرة؟ نرتّب بطاقات مصوّرة إلى "
                    "مصاريف ضرورية ومصاريف أخرى."
                ),
            },
            {
                "title": "تمرين الميزانية",
                "minutes": 30,
                "description": (
                    "نملأ معاً نموذج ميزانية لأسرة مثالية. ويمكن لكل أم أن تبدأ ميزانيتها الخاصة "
                    "إن أرادت."
                ),
            },
            {
                "title": "استراحة",
                "minutes": 10,
                "description": "وجبة خفيفة وحركة. يمكن للأمهات أن يذهبن لرؤية أطفالهن.",
            },
            {
                "title": "الفاتورة ورسالة الاحتيال",
                "minutes": 25,
                "description": (
                    "ندرس فاتورة نموذجية: تاريخ الاستحقاق والرقم المرجعي ورقم الحساب. ونقارن بين "
                    "رسالة حقيقية من البنك ورسالة احتيال."
                ),
            },
            {
                "title": "مهمة البيت والختام",
                "minutes": 15,
                "description": (
                    "نعرض حزمة المهام للزوج والأطفال. جولة لإبداء الرأي ببطاقات الوجوه التعبيرية."
                ),
            },
        ],
    },
    "spouse_tasks": {
        "fi": (
            "<p>Täyttäkää yhdessä perheen budjettipohja: kuukauden tulot ja menot. Merkitkää "
            "laskujen eräpäivät kalenteriin.</p>"
            "<ul>"
            "<li>Keskustelkaa, kumpi maksaa mitkäkin laskut ja miten molemmat saavat tiedon "
            "perheen rahoista.</li>"
            "<li>Valitkaa yksi kuukausittainen meno, josta voisitte säästää.</li>"
            "<li>Tarkistakaa, että jokaisella aikuisella on omat pankkitunnukset ja ettei niitä "
            "ole annettu kenellekään.</li>"
            "</ul>"
        ),
        "en": (
            "<p>Fill in the family budget form together: the month's income and expenses. Mark the "
            "due dates of bills in the calendar.</p>"
            "<ul>"
            "<li>Discuss who pays which bills and how both of you get information about the "
            "family's money.</li>"
            "<li>Choose one monthly expense you could save on.</li>"
            "<li>Check that every adult has their own online banking codes and that they have not "
            "been given to anyone.</li>"
            "</ul>"
        ),
        "ar": (
            "<p>املآ معاً نموذج ميزانية الأسرة: دخل الشهر ومصاريفه. وضعا تواريخ استحقاق الفواتير "
            "في التقويم.</p>"
            "<ul>"
            "<li>تحدّثا عمّن يدفع كل فاتورة، وكيف يعرف كلاكما أحوال أموال الأسرة.</li>"
            "<li>اختارا مصروفاً شهرياً واحداً يمكنكما أن توفّرا منه.</li>"
            "<li>تأكّدا أن لكل شخص بالغ رموزه البنكية الخاصة، وأنه لم يعطها لأي أحد.</li>"
            "</ul>"
        ),
    },
    "children_tasks": {
        "fi": (
            "<p>Pienet lapset leikkivät kauppaa: tehkää hintalaput ja ostakaa leikkirahalla. "
            "Kouluikäisille:</p>"
            "<ul>"
            "<li>Vertaa kaupassa kahden samanlaisen tuotteen kilohintaa. Kumpi on edullisempi?</li>"
            "<li>Mieti, mihin haluaisit säästää rahaa, ja tee oma säästöpurkki.</li>"
            "</ul>"
        ),
        "en": (
            "<p>Small children play shop: make price tags and buy things with play money. For "
            "school-age children:</p>"
            "<ul>"
            "<li>In the shop, compare the price per kilo of two similar products. Which one is "
            "cheaper?</li>"
            "<li>Think about what you would like to save money for, and make your own savings "
            "jar.</li>"
            "</ul>"
        ),
        "ar": (
            "<p>الأطفال الصغار يلعبون لعبة الدكان: اصنعوا بطاقات الأسعار واشتروا بنقود اللعب. "
            "وللأطفال في سن المدرسة:</p>"
            "<ul>"
            "<li>قارن في المتجر سعر الكيلوغرام لمنتجين متشابهين. أيّهما أرخص؟</li>"
            "<li>فكّر في شيء تريد أن تدّخر المال من أجله، واصنع حصّالتك الخاصة.</li>"
            "</ul>"
        ),
    },
    "childcare_notes": {
        "fi": (
            "<p>Lastenhoidossa leikitään kauppaa leikkirahalla ja ruokien kuvakorteilla. "
            "Pienimmille rauhallinen leikkinurkka ja vaipanvaihtopaikka. Tarkista allergiat ennen "
            "välipalaa. Hoitajia on vähintään kaksi, ja heillä on lista lasten nimistä ja "
            "vanhempien puhelinnumeroista.</p>"
        ),
        "en": (
            "<p>In childcare the children play shop with play money and picture cards of food. A "
            "quiet play corner and a nappy-changing place for the youngest. Check allergies before "
            "the snack. There are at least two carers, and they have a list of the children's "
            "names and the parents' phone numbers.</p>"
        ),
        "ar": (
            "<p>في رعاية الأطفال نلعب لعبة الدكان بنقود اللعب وبطاقات مصوّرة للأطعمة. نخصّص للصغار "
            "ركناً هادئاً للعب ومكاناً لتغيير الحفاضات. نتأكد من الحساسية الغذائية قبل الوجبة "
            "الخفيفة. يكون هناك شخصان على الأقل لرعاية الأطفال، ومعهما قائمة بأسماء الأطفال وأرقام "
            "هواتف الوالدين.</p>"
        ),
    },
    "interpreter_notes": {
        "fi": (
            "<p>Sovi tulkin kanssa ennen tapaamista, miten nämä termit käännetään. Usein kannattaa "
            "käyttää sekä käännöstä että suomenkielistä sanaa, koska äidit näkevät suomenkieliset "
            "sanat laskuissa:</p>"
            "<ul>"
            "<li>budjetti, tulot, menot</li>"
            "<li>lasku, eräpäivä, viitenumero, tilinumero (IBAN)</li>"
            "<li>perintä, maksuhäiriömerkintä</li>"
            "<li>pankkitunnukset, vahva tunnistautuminen</li>"
            "<li>talous- ja velkaneuvonta</li>"
            "</ul><p>Raha-asiat voivat olla arkoja. Muistuta, ettei kenenkään tarvitse kertoa "
            "ryhmässä omia lukujaan.</p>"
        ),
        "en": (
            "<p>Agree with the interpreter before the meeting how these terms are translated. It "
            "is often best to use both the translation and the Finnish word, because the mothers "
            "see the Finnish words on their bills:</p>"
            "<ul>"
            "<li>budjetti, tulot, menot (budget, income, expenses)</li>"
            "<li>lasku, eräpäivä, viitenumero, tilinumero (IBAN) (bill, due date, reference "
            "number, account number)</li>"
            "<li>perintä, maksuhäiriömerkintä (debt collection, payment default entry)</li>"
            "<li>pankkitunnukset, vahva tunnistautuminen (online banking codes, strong "
            "authentication)</li>"
            "<li>talous- ja velkaneuvonta (financial and debt counselling)</li>"
            "</ul><p>Money matters can be sensitive. Remind the group that nobody has to share her "
            "own figures.</p>"
        ),
        "ar": (
            "<p>يُتَّفق مع المترجم قبل اللقاء على طريقة ترجمة هذه المصطلحات. من الأفضل غالباً "
            "استعمال الترجمة والكلمة الفنلندية معاً، لأن الأمهات يرين الكلمات الفنلندية في "
            "الفواتير:</p>"
            "<ul>"
            "<li>budjetti, tulot, menot (الميزانية، الدخل، المصاريف)</li>"
            "<li>lasku, eräpäivä, viitenumero, tilinumero (IBAN) (الفاتورة، تاريخ الاستحقاق، الرقم "
            "المرجعي، رقم الحساب)</li>"
            "<li>perintä, maksuhäiriömerkintä (تحصيل الديون، تسجيل التعثّر في السداد)</li>"
            "<li>pankkitunnukset, vahva tunnistautuminen (رموز البنك الإلكترونية، التعريف القوي "
            "بالهوية)</li>"
            "<li>talous- ja velkaneuvonta (الاستشارة المالية واستشارة الديون)</li>"
            "</ul><p>قد تكون الأمور المالية حساسة. تُذكَّر المشاركات بأنه لا يجب على أي واحدة منهن "
            "أن تذكر أرقامها الخاصة.</p>"
        ),
    },
    "languages_available": ["fi", "en", "ar", "so", "ckb"],
    "body": {
        "fi": [
            (
                "key_phrases",
                {
                    "title": "Sanat laskussa",
                    "phrases": [
                        {
                            "finnish": "eräpäivä",
                            "translation": "Viimeinen päivä, jolloin lasku pitää maksaa.",
                        },
                        {
                            "finnish": "viitenumero",
                            "translation": (
                                "Numero, jonka kirjoitat maksuun. Siitä saaja tietää, kuka maksoi."
                            ),
                        },
                        {
                            "finnish": "saaja",
                            "translation": "Yritys tai ihminen, jolle raha maksetaan.",
                        },
                        {
                            "finnish": "tilinumero (IBAN)",
                            "translation": "Pankkitilin numero. Suomessa se alkaa kirjaimilla FI.",
                        },
                        {"finnish": "summa", "translation": "Kuinka paljon pitää maksaa."},
                    ],
                },
            ),
            (
                "checklist",
                {
                    "title": "Tunnista huijausviesti",
                    "items": [
                        "Viestissä on kiire tai uhkaus, esimerkiksi ”tilisi suljetaan tänään”",
                        "Sinua pyydetään avaamaan linkki ja kirjautumaan pankkiin",
                        "Viestissä kysytään tunnuslukuja tai kortin tietoja",
                        "Lähettäjä tai linkin osoite näyttää oudolta",
                        "Jos epäilet, soita pankkiin pankin omasta numerosta",
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": (
                        "<p>Talous- ja velkaneuvonta on maksutonta ja luottamuksellista. Sitä "
                        "antavat oikeusaputoimistot. Ohjaaja voi auttaa varaamaan ajan ja "
                        "järjestämään tulkin.</p>"
                    ),
                },
            ),
        ],
        "en": [
            (
                "key_phrases",
                {
                    "title": "Words on a bill",
                    "phrases": [
                        {
                            "finnish": "eräpäivä",
                            "translation": "Due date: the last day to pay the bill.",
                        },
                        {
                            "finnish": "viitenumero",
                            "translation": (
                                "Reference number: you write it in the payment, so the receiver "
                                "knows who paid."
                            ),
                        },
                        {
                            "finnish": "saaja",
                            "translation": "Receiver: the company or person the money is paid to.",
                        },
                        {
                            "finnish": "tilinumero (IBAN)",
                            "translation": (
                                "Account number. In Finland it starts with the letters FI."
                            ),
                        },
                        {"finnish": "summa", "translation": "Amount: how much you must pay."},
                    ],
                },
            ),
            (
                "checklist",
                {
                    "title": "Recognise a scam message",
                    "items": [
                        (
                            "The message is urgent or threatening, for example “your account will "
                            "be closed today”"
                        ),
                        "You are asked to open a link and log in to your bank",
                        "The message asks for PIN codes or card details",
                        "The sender or the link address looks strange",
                        "If in doubt, call your bank on the bank's own number",
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": (
                        "<p>Financial and debt counselling is free and confidential. It is "
                        "provided by the public legal aid offices. The group leader can help book "
                        "an appointment and arrange an interpreter.</p>"
                    ),
                },
            ),
        ],
        "ar": [
            (
                "key_phrases",
                {
                    "title": "كلمات في الفاتورة",
                    "phrases": [
                        {
                            "finnish": "eräpäivä",
                            "translation": "تاريخ الاستحقاق: آخر يوم لدفع الفاتورة.",
                        },
                        {
                            "finnish": "viitenumero",
                            "translation": (
                                "الرقم المرجعي: تكتبينه عند الدفع، فيعرف المستلم من الذي دفع."
                            ),
                        },
                        {
                            "finnish": "saaja",
                            "translation": "المستلم: الشركة أو الشخص الذي يُدفع له المال.",
                        },
                        {
                            "finnish": "tilinumero (IBAN)",
                            "translation": "رقم الحساب المصرفي. في فنلندا يبدأ بالحرفين FI.",
                        },
                        {"finnish": "summa", "translation": "المبلغ: كم يجب أن تدفعي."},
                    ],
                },
            ),
            (
                "checklist",
                {
                    "title": "كيف تعرفين رسالة الاحتيال",
                    "items": [
                        "الرسالة مستعجلة أو فيها تهديد، مثل: «سيُغلق حسابك اليوم»",
                        "يُطلب منكِ فتح رابط وتسجيل الدخول إلى البنك",
                        "الرسالة تطلب الأرقام السرية أو بيانات البطاقة",
                        "اسم المرسل أو عنوان الرابط يبدو غريباً",
                        "إذا شككتِ، اتصلي بالبنك على رقم البنك نفسه",
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": (
                        "<p>الاستشارة المالية واستشارة الديون مجانية وسرّية، وتقدّمها مكاتب "
                        "المساعدة القانونية العامة. يمكن للمرشدة أن تساعدكِ في حجز موعد وترتيب "
                        "مترجم.</p>"
                    ),
                },
            ),
        ],
    },
    "related_chapters": [
        ("kotoudu-kotona", "raha-ja-arki"),
        ("kotoudu-kotona", "palvelut-ja-oikeudet"),
    ],
}

# Package: Neuvola ja terveyspalvelut tutuiksi (health-neuvola; fi, en, ar)
_PKG_NEUVOLA_TUTUKSI = {
    "slug": "neuvola-tutuksi",
    "theme": "health-neuvola",
    "audience": ["mothers", "spouses", "children"],
    "duration_minutes": 120,
    "title": {
        "fi": "Neuvola ja terveyspalvelut tutuiksi",
        "en": "Getting to know the neuvola and health services",
        "ar": "التعرّف على عيادة نيوفولا والخدمات الصحية",
    },
    "intro": {
        "fi": (
            "Tapaamisessa tutustutaan neuvolan, terveysaseman ja päivystyksen tehtäviin. Vieraana "
            "on neuvolan terveydenhoitaja, jolle äidit voivat esittää kysymyksiä. Lisäksi "
            "harjoitellaan ajan varaamista puhelimessa."
        ),
        "en": (
            "In this meeting we get to know what the neuvola, the health centre and the emergency "
            "clinic do. Our guest is a public health nurse from the neuvola, whom the mothers can "
            "ask questions. We also practise booking an appointment by phone."
        ),
        "ar": (
            "في هذا اللقاء نتعرّف على عمل عيادة نيوفولا والمركز الصحي وقسم الطوارئ. ضيفتنا ممرضة "
            "صحية من نيوفولا، ويمكن للأمهات أن يطرحن عليها أسئلتهن. ونتدرّب أيضاً على حجز موعد "
            "بالهاتف."
        ),
    },
    "objectives": {
        "fi": [
            "Tiedän, mitä äitiys- ja lastenneuvolassa tehdään ja miksi käynnit ovat tärkeitä.",
            "Osaan varata ajan terveysasemalta ja pyytää tulkin.",
            "Tiedän, milloin soitan terveysasemalle, Päivystysapuun 116 117 tai hätänumeroon 112.",
            "Tiedän, että lasten rokotukset ovat maksuttomia ja suojaavat vakavilta taudeilta.",
        ],
        "en": [
            (
                "I know what happens at the maternity and child health clinic and why the visits "
                "are important."
            ),
            "I can book an appointment at the health centre and ask for an interpreter.",
            (
                "I know when to call the health centre, Päivystysapu 116 117 or the emergency "
                "number 112."
            ),
            "I know that children's vaccinations are free and protect against serious diseases.",
        ],
        "ar": [
            "أعرف ماذا يحدث في عيادة الأمومة وعيادة الطفل، ولماذا الزيارات مهمة.",
            "أستطيع أن أحجز موعداً في المركز الصحي وأن أطلب مترجماً.",
            "أعرف متى أتصل بالمركز الصحي، ومتى بخط المساعدة الطبية 116 117، ومتى برقم الطوارئ 112.",
            "أعرف أن لقاحات الأطفال مجانية وأنها تحمي من أمراض خطيرة.",
        ],
    },
    "agenda": {
        "fi": [
            {
                "title": "Tervetuloa",
                "minutes": 10,
                "description": "Kuulumiset ja päivän ohjelma kuvina. Esitellään vieras.",
            },
            {
                "title": "Terveydenhoitajan alustus",
                "minutes": 30,
                "description": (
                    "Neuvolan terveydenhoitaja kertoo neuvolakäynneistä, rokotuksista ja laajoista "
                    "terveystarkastuksista. Apuna kuvat neuvolan huoneesta, vaa'asta ja "
                    "rokotuskortista."
                ),
            },
            {
                "title": "Kysymyksiä neuvolaan",
                "minutes": 20,
                "description": (
                    "Äidit kysyvät vapaasti. Kysymyksiä voi myös kirjoittaa tai piirtää "
                    "nimettöminä lapuille etukäteen."
                ),
            },
            {
                "title": "Tauko",
                "minutes": 10,
                "description": "Välipala. Äidit voivat käydä katsomassa lapsia.",
            },
            {
                "title": "Minne soitan?",
                "minutes": 25,
                "description": (
                    "Tilannekortit: lapsella on kuumetta, aikuinen kaatuu ja lyö päänsä, lapsi "
                    "nielaisee pesuainetta. Ryhmä päättää, soitetaanko terveysasemalle, numeroon "
                    "116 117 vai 112."
                ),
            },
            {
                "title": "Ajanvarausharjoitus",
                "minutes": 15,
                "description": (
                    "Harjoitellaan pareittain puhelua terveysasemalle: nimi, syntymäaika, oire ja "
                    "tulkin pyytäminen."
                ),
            },
            {
                "title": "Tehtäväpaketti ja lopetus",
                "minutes": 10,
                "description": (
                    "Esitellään kotitehtävät puolisolle ja lapsille. Lyhyt palautekierros."
                ),
            },
        ],
        "en": [
            {
                "title": "Welcome",
                "minutes": 10,
                "description": "News and the day's programme in pictures. The guest is introduced.",
            },
            {
                "title": "Talk by the public health nurse",
                "minutes": 30,
                "description": (
                    "The neuvola nurse talks about neuvola visits, vaccinations and extensive "
                    "health checks, with pictures of the neuvola room, the scales and the "
                    "vaccination card."
                ),
            },
            {
                "title": "Questions for the neuvola",
                "minutes": 20,
                "description": (
                    "The mothers ask freely. Questions can also be written or drawn anonymously on "
                    "notes beforehand."
                ),
            },
            {
                "title": "Break",
                "minutes": 10,
                "description": "Snack. Mothers can go and see their children.",
            },
            {
                "title": "Where do I call?",
                "minutes": 25,
                "description": (
                    "Situation cards: a child has a fever, an adult falls and hits their head, a "
                    "child swallows washing-up liquid. The group decides whether to call the "
                    "health centre, 116 117 or 112."
                ),
            },
            {
                "title": "Booking practice",
                "minutes": 15,
                "description": (
                    "In pairs we practise a call to the health centre: name, date of birth, "
                    "symptom and asking for an interpreter."
                ),
            },
            {
                "title": "Task package and closing",
                "minutes": 10,
                "description": (
                    "The home tasks for spouses and children are introduced. A short feedback "
                    "round."
                ),
            },
        ],
        "ar": [
            {
                "title": "الترحيب",
                "minutes": 10,
                "description": "الأخبار وبرنامج اليوم بالصور. نقدّم الضيفة.",
            },
            {
                "title": "حديث الممرضة الصحية",
                "minutes": 30,
                "description": (
                    "تتحدث ممرضة نيوفولا عن الزيارات واللقاحات والفحوص الصحية الشاملة، مع صور "
                    "لغرفة نيوفولا والميزان وبطاقة اللقاحات."
                ),
            },
            {
                "title": "أسئلة إلى نيوفولا",
                "minutes": 20,
                "description": (
                    "تسأل الأمهات بحرية. ويمكن أيضاً كتابة الأسئلة أو رسمها على أوراق من دون أسماء "
                    "قبل اللقاء."
                ),
            },
            {
                "title": "استراحة",
                "minutes": 10,
                "description": "وجبة خفيفة. يمكن للأمهات أن يذهبن لرؤية أطفالهن.",
            },
            {
                "title": "بمن أتصل؟",
                "minutes": 25,
                "description": (
                    "بطاقات مواقف: طفل عنده حمّى، شخص بالغ يسقط ويضرب رأسه، طفل يبتلع سائل الجلي. "
                    "تقرّر المجموعة: المركز الصحي أم 116 117 أم 112."
                ),
            },
            {
                "title": "تمرين حجز الموعد",
                "minutes": 15,
                "description": (
                    "نتدرّب في أزواج على مكالمة مع المركز الصحي: الاسم وتاريخ الميلاد والأعراض "
                    "وطلب المترجم."
                ),
            },
            {
                "title": "حزمة المهام والختام",
                "minutes": 10,
                "description": "نعرض مهام البيت للزوج والأطفال. جولة قصيرة لإبداء الرأي.",
            },
        ],
    },
    "spouse_tasks": {
        "fi": (
            "<p>Tehkää yhdessä perheen terveyskortti: jokaisen perheenjäsenen nimi, syntymäaika, "
            "lääkkeet, allergiat ja rokotustiedot.</p>"
            "<ul>"
            "<li>Tallentakaa puhelimeen terveysaseman, neuvolan, Päivystysavun 116 117 ja "
            "hätänumeron 112 numerot.</li>"
            "<li>Sopikaa, kumpi vanhemmista lähtee lapsen kanssa terveysasemalle, jos lapsi "
            "sairastuu kesken päivän.</li>"
            "<li>Lastenneuvolan laajaan terveystarkastukseen toivotaan molempia vanhempia. "
            "Merkitkää seuraava käynti kalenteriin.</li>"
            "</ul>"
        ),
        "en": (
            "<p>Make a family health card together: each family member's name, date of birth, "
            "medicines, allergies and vaccinations.</p>"
            "<ul>"
            "<li>Save the numbers of the health centre, the neuvola, Päivystysapu 116 117 and the "
            "emergency number 112 in your phones.</li>"
            "<li>Agree which parent goes to the health centre with the child if the child falls "
            "ill during the day.</li>"
            "<li>Both parents are welcome at the extensive health check at the child health "
            "clinic. Mark the next visit in the calendar.</li>"
            "</ul>"
        ),
        "ar": (
            "<p>اصنعا معاً بطاقة صحية للأسرة: اسم كل فرد وتاريخ ميلاده وأدويته وحساسيته "
            "ولقاحاته.</p>"
            "<ul>"
            "<li>احفظا في الهاتف أرقام المركز الصحي ونيوفولا وخط المساعدة الطبية 116 117 ورقم "
            "الطوارئ 112.</li>"
            "<li>اتفقا على مَن منكما يذهب مع الطفل إلى المركز الصحي إذا مرض أثناء النهار.</li>"
            "<li>يُرجى أن يحضر الوالدان كلاهما الفحص الصحي الشامل في عيادة الطفل. سجّلا الزيارة "
            "القادمة في التقويم.</li>"
            "</ul>"
        ),
    },
    "children_tasks": {
        "fi": (
            "<p>Pienet lapset leikkivät neuvolaa nukella: nukke punnitaan, sen pituus mitataan ja "
            "sydäntä kuunnellaan. Kouluikäiset opettelevat kotiosoitteen ulkoa ja harjoittelevat, "
            "mitä sanotaan, kun soitetaan numeroon 112. Piirtäkää yhdessä kuva terveestä päivästä: "
            "uni, ruoka, ulkoilu ja hampaiden pesu.</p>"
        ),
        "en": (
            "<p>Small children play neuvola with a doll: the doll is weighed, measured and its "
            "heart is listened to. School-age children learn their home address by heart and "
            "practise what to say when calling 112. Draw a picture together of a healthy day: "
            "sleep, food, outdoor play and brushing teeth.</p>"
        ),
        "ar": (
            "<p>الأطفال الصغار يلعبون لعبة نيوفولا بالدمية: نزن الدمية ونقيس طولها ونسمع قلبها. "
            "والأطفال في سن المدرسة يحفظون عنوان البيت ويتدرّبون على ما يقولونه عند الاتصال بالرقم "
            "112. ارسموا معاً صورة ليوم صحي: النوم والطعام واللعب في الخارج وتنظيف الأسنان.</p>"
        ),
    },
    "childcare_notes": {
        "fi": (
            "<p>Lastenhoidossa leikitään lääkäri- ja neuvolaleikkejä (lelulääkärilaukku, nuket) ja "
            "lauletaan käsienpesulaulu. Käsien ja hampaiden pesua harjoitellaan kuvien avulla. "
            "Tarkista allergiat ennen välipalaa. Sairas lapsi jää kotiin – kerro tästä vanhemmille "
            "jo kutsussa.</p>"
        ),
        "en": (
            "<p>In childcare the children play doctor and neuvola (toy doctor's bag, dolls) and "
            "sing a hand-washing song. Washing hands and brushing teeth are practised with "
            "pictures. Check allergies before the snack. A sick child stays at home – tell the "
            "parents this already in the invitation.</p>"
        ),
        "ar": (
            "<p>في رعاية الأطفال نلعب لعبة الطبيب ونيوفولا (حقيبة طبيب للعب، ودمى)، ونغنّي أغنية "
            "غسل اليدين. نتدرّب على غسل اليدين وتنظيف الأسنان بالصور. نتأكد من الحساسية الغذائية "
            "قبل الوجبة الخفيفة. الطفل المريض يبقى في البيت، ونخبر الوالدين بذلك في الدعوة.</p>"
        ),
    },
    "interpreter_notes": {
        "fi": (
            "<p>Käy tulkin kanssa läpi nämä termit ennen tapaamista:</p>"
            "<ul>"
            "<li>äitiysneuvola, lastenneuvola, terveydenhoitaja</li>"
            "<li>terveysasema, päivystys, Päivystysapu 116 117</li>"
            "<li>rokotus, rokotusohjelma, laaja terveystarkastus</li>"
            "<li>ajanvaraus, takaisinsoitto, resepti</li>"
            "</ul><p>Terveydenhoitajan alustuksessa voidaan puhua myös raskaudesta, synnytyksestä "
            "ja ehkäisystä. Aiheet voivat olla henkilökohtaisia, joten tässä teemassa naistulkki "
            "on usein toivottu.</p>"
        ),
        "en": (
            "<p>Go through these terms with the interpreter before the meeting:</p>"
            "<ul>"
            "<li>äitiysneuvola, lastenneuvola, terveydenhoitaja (maternity clinic, child health "
            "clinic, public health nurse)</li>"
            "<li>terveysasema, päivystys, Päivystysapu 116 117 (health centre, emergency clinic, "
            "medical helpline)</li>"
            "<li>rokotus, rokotusohjelma, laaja terveystarkastus (vaccination, vaccination "
            "programme, extensive health check)</li>"
            "<li>ajanvaraus, takaisinsoitto, resepti (appointment booking, call-back, "
            "prescription)</li>"
            "</ul><p>The nurse's talk may also cover pregnancy, childbirth and contraception. "
            "These topics can be personal, so a female interpreter is often preferred for this "
            "theme.</p>"
        ),
        "ar": (
            "<p>تُراجَع هذه المصطلحات مع المترجم قبل اللقاء:</p>"
            "<ul>"
            "<li>äitiysneuvola, lastenneuvola, terveydenhoitaja (عيادة الأمومة، عيادة الطفل، "
            "الممرضة الصحية)</li>"
            "<li>terveysasema, päivystys, Päivystysapu 116 117 (المركز الصحي، قسم الطوارئ، خط "
            "المساعدة الطبية)</li>"
            "<li>rokotus, rokotusohjelma, laaja terveystarkastus (اللقاح، برنامج اللقاحات، الفحص "
            "الصحي الشامل)</li>"
            "<li>ajanvaraus, takaisinsoitto, resepti (حجز الموعد، معاودة الاتصال، الوصفة "
            "الطبية)</li>"
            "</ul><p>قد يتناول حديث الممرضة الحمل والولادة ومنع الحمل. هذه موضوعات شخصية، لذلك "
            "يُفضَّل غالباً وجود مترجمة في هذا اللقاء.</p>"
        ),
    },
    "languages_available": ["fi", "en", "ar", "so", "ti"],
    "body": {
        "fi": [
            (
                "key_phrases",
                {
                    "title": "Puhelu terveysasemalle",
                    "phrases": [
                        {
                            "finnish": "Haluaisin varata ajan.",
                            "translation": (
                                "Sanot tämän, kun haluat aikaa lääkärille tai hoitajalle."
                            ),
                        },
                        {
                            "finnish": "Lapsellani on kuumetta.",
                            "translation": "Lapsen keho on kuuma, ja hän on sairas.",
                        },
                        {
                            "finnish": "Hän on ollut sairaana kaksi päivää.",
                            "translation": "Kerrot, kuinka kauan sairaus on kestänyt.",
                        },
                        {
                            "finnish": "Tarvitsen tulkin. Kieleni on arabia.",
                            "translation": "Pyydät tulkkia ja kerrot kielesi.",
                        },
                        {
                            "finnish": "Voitteko soittaa takaisin?",
                            "translation": "Pyydät, että hoitaja soittaa sinulle myöhemmin.",
                        },
                    ],
                },
            ),
            (
                "checklist",
                {
                    "title": "Ota mukaan neuvolaan",
                    "items": [
                        "Kela-kortti tai henkilöllisyystodistus",
                        "Lapsen rokotustiedot",
                        "Lista kysymyksistä",
                        "Vaippa, varavaatteet ja juotavaa lapselle",
                        "Tiedot lääkkeistä, joita sinä tai lapsi käytätte",
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "text": (
                        "<p>Soita aina 112, jos joku ei hengitä, on tajuton tai vuotaa paljon "
                        "verta. Myrkytystietokeskus neuvoo ympäri vuorokauden numerossa 0800 147 "
                        "111.</p>"
                    ),
                },
            ),
        ],
        "en": [
            (
                "key_phrases",
                {
                    "title": "A call to the health centre",
                    "phrases": [
                        {
                            "finnish": "Haluaisin varata ajan.",
                            "translation": "I would like to book an appointment.",
                        },
                        {
                            "finnish": "Lapsellani on kuumetta.",
                            "translation": "My child has a fever.",
                        },
                        {
                            "finnish": "Hän on ollut sairaana kaksi päivää.",
                            "translation": "He/she has been ill for two days.",
                        },
                        {
                            "finnish": "Tarvitsen tulkin. Kieleni on arabia.",
                            "translation": "I need an interpreter. My language is Arabic.",
                        },
                        {
                            "finnish": "Voitteko soittaa takaisin?",
                            "translation": "Can you call me back?",
                        },
                    ],
                },
            ),
            (
                "checklist",
                {
                    "title": "Take with you to the neuvola",
                    "items": [
                        "Kela card or identity document",
                        "Your child's vaccination record",
                        "A list of your questions",
                        "A nappy, spare clothes and a drink for your child",
                        "Information about medicines you or your child take",
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "text": (
                        "<p>Always call 112 if someone is not breathing, is unconscious or is "
                        "bleeding heavily. The Poison Information Centre gives advice day and "
                        "night on 0800 147 111.</p>"
                    ),
                },
            ),
        ],
        "ar": [
            (
                "key_phrases",
                {
                    "title": "مكالمة مع المركز الصحي",
                    "phrases": [
                        {
                            "finnish": "Haluaisin varata ajan.",
                            "translation": "أريد أن أحجز موعداً.",
                        },
                        {"finnish": "Lapsellani on kuumetta.", "translation": "طفلي عنده حمّى."},
                        {
                            "finnish": "Hän on ollut sairaana kaksi päivää.",
                            "translation": "هو مريض / هي مريضة منذ يومين.",
                        },
                        {
                            "finnish": "Tarvitsen tulkin. Kieleni on arabia.",
                            "translation": "أحتاج إلى مترجم. لغتي العربية.",
                        },
                        {
                            "finnish": "Voitteko soittaa takaisin?",
                            "translation": "هل يمكنكم أن تتصلوا بي لاحقاً؟",
                        },
                    ],
                },
            ),
            (
                "checklist",
                {
                    "title": "خذي معكِ إلى نيوفولا",
                    "items": [
                        "بطاقة كيلا أو وثيقة الهوية",
                        "سجلّ لقاحات الطفل",
                        "قائمة بأسئلتكِ",
                        "حفاضة وملابس إضافية وشراباً للطفل",
                        "معلومات عن الأدوية التي تأخذينها أنتِ أو طفلكِ",
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "text": (
                        "<p>اتصلي دائماً بالرقم 112 إذا كان أحد لا يتنفس أو فاقداً للوعي أو ينزف "
                        "كثيراً. مركز معلومات السموم يقدّم النصيحة ليلاً ونهاراً على الرقم 0800 "
                        "147 111.</p>"
                    ),
                },
            ),
        ],
    },
    "related_chapters": [
        ("kotoudu-kotona", "terveys-ja-neuvola"),
        ("kotoudu-kotona", "turvallisuus-ja-112"),
    ],
}

# Package: Päiväkoti ja koulu: kodin ja kasvattajien yhteistyö (daycare-school; fi, en)
_PKG_PAIVAKOTI_JA_KOULU = {
    "slug": "paivakoti-ja-koulu",
    "theme": "daycare-school",
    "audience": ["mothers", "spouses", "children"],
    "duration_minutes": 120,
    "title": {
        "fi": "Päiväkoti ja koulu: kodin ja kasvattajien yhteistyö",
        "en": "Daycare and school: home and educators working together",
    },
    "intro": {
        "fi": (
            "Tapaamisessa tutustutaan varhaiskasvatukseen, esiopetukseen ja kouluun. Vieraana on "
            "varhaiskasvatuksen opettaja tai koulun opettaja. Harjoitellaan Wilma-viestien "
            "lukemista ja lapsen poissaolon ilmoittamista."
        ),
        "en": (
            "In this meeting we get to know early childhood education, pre-primary education and "
            "school. Our guest is an early childhood education teacher or a school teacher. We "
            "practise reading Wilma messages and reporting a child's absence."
        ),
    },
    "objectives": {
        "fi": [
            "Tiedän, miten ja milloin varhaiskasvatuspaikkaa haetaan.",
            (
                "Ymmärrän, miten päivä päiväkodissa ja koulussa kulkee ja miksi leikki ja ulkoilu "
                "ovat tärkeitä."
            ),
            "Osaan lukea viestin Wilmassa ja ilmoittaa lapsen poissaolosta.",
            "Tiedän, että voin pyytää tulkin vanhempainkeskusteluun.",
        ],
        "en": [
            "I know how and when to apply for an early childhood education place.",
            (
                "I understand how a day at daycare and school goes and why play and outdoor time "
                "are important."
            ),
            "I can read a message in Wilma and report my child's absence.",
            "I know that I can ask for an interpreter for a parent–teacher meeting.",
        ],
    },
    "agenda": {
        "fi": [
            {
                "title": "Tervetuloa",
                "minutes": 10,
                "description": "Kuulumiset ja päivän ohjelma kuvina. Esitellään vieras.",
            },
            {
                "title": "Päivä päiväkodissa ja koulussa",
                "minutes": 30,
                "description": (
                    "Vieras kertoo kuvien avulla päivän kulusta: aamupala, leikki, ulkoilu, lepo, "
                    "opetus ja ruokailu. Kerrotaan varhaiskasvatussuunnitelmasta ja "
                    "vanhempainkeskusteluista."
                ),
            },
            {
                "title": "Kysymyksiä ja huolia",
                "minutes": 20,
                "description": (
                    "Äidit kysyvät vapaasti, esimerkiksi ruokavalioista, pukeutumisesta, kielen "
                    "oppimisesta ja kiusaamisesta."
                ),
            },
            {
                "title": "Tauko",
                "minutes": 10,
                "description": "Välipala. Äidit voivat käydä katsomassa lapsia.",
            },
            {
                "title": "Wilma-harjoitus",
                "minutes": 25,
                "description": (
                    "Harjoitellaan puhelimella tai harjoitusmateriaalilla: viestin lukeminen, "
                    "poissaoloilmoitus ja lyhyt vastaus opettajalle valmiiden fraasien avulla."
                ),
            },
            {
                "title": "Vaatteet säähän",
                "minutes": 15,
                "description": (
                    "Kuvakorttipeli: mitä lapselle puetaan syksyllä, talvella ja keväällä? Tehdään "
                    "varavaatteiden lista."
                ),
            },
            {
                "title": "Tehtäväpaketti ja lopetus",
                "minutes": 10,
                "description": (
                    "Esitellään kotitehtävät puolisolle ja lapsille. Lyhyt palautekierros."
                ),
            },
        ],
        "en": [
            {
                "title": "Welcome",
                "minutes": 10,
                "description": "News and the day's programme in pictures. The guest is introduced.",
            },
            {
                "title": "A day at daycare and school",
                "minutes": 30,
                "description": (
                    "With pictures, the guest describes the day: breakfast, play, outdoor time, "
                    "rest, teaching and lunch. The early childhood education plan and parent "
                    "meetings are explained."
                ),
            },
            {
                "title": "Questions and worries",
                "minutes": 20,
                "description": (
                    "The mothers ask freely, for example about diets, clothing, language learning "
                    "and bullying."
                ),
            },
            {
                "title": "Break",
                "minutes": 10,
                "description": "Snack. Mothers can go and see their children.",
            },
            {
                "title": "Wilma practice",
                "minutes": 25,
                "description": (
                    "With a phone or practice material: reading a message, reporting an absence "
                    "and writing a short reply to the teacher with ready-made phrases."
                ),
            },
            {
                "title": "Clothes for the weather",
                "minutes": 15,
                "description": (
                    "Picture card game: what does a child wear in autumn, winter and spring? We "
                    "make a list of spare clothes."
                ),
            },
            {
                "title": "Task package and closing",
                "minutes": 10,
                "description": (
                    "The home tasks for spouses and children are introduced. A short feedback "
                    "round."
                ),
            },
        ],
    },
    "spouse_tasks": {
        "fi": (
            "<p>Tutustukaa yhdessä lapsen päiväkodin tai koulun viestikanavaan, esimerkiksi "
            "Wilmaan.</p>"
            "<ul>"
            "<li>Varmistakaa, että molemmilla huoltajilla on omat tunnukset.</li>"
            "<li>Sopikaa, kumpi lukee viestit ja miten tieto kulkee toiselle.</li>"
            "<li>Menkää yhdessä seuraavaan vanhempainkeskusteluun tai vanhempainiltaan. Tulkin voi "
            "pyytää etukäteen.</li>"
            "</ul>"
        ),
        "en": (
            "<p>Get to know your child's daycare or school messaging channel together, for example "
            "Wilma.</p>"
            "<ul>"
            "<li>Make sure that both guardians have their own login.</li>"
            "<li>Agree who reads the messages and how the information reaches the other "
            "parent.</li>"
            "<li>Go together to the next parent–teacher meeting or parents' evening. You can ask "
            "for an interpreter in advance.</li>"
            "</ul>"
        ),
    },
    "children_tasks": {
        "fi": (
            "<p>Piirrä kuva päivästäsi päiväkodissa tai koulussa ja kerro siitä kotona. "
            "Kouluikäiset: opettele sanomaan suomeksi ”Tarvitsen apua” ja ”En ymmärrä” ja käytä "
            "niitä koulussa. Pakatkaa yhdessä reppu tai varavaatepussi seuraavaa päivää varten.</p>"
        ),
        "en": (
            "<p>Draw a picture of your day at daycare or school and tell about it at home. "
            "School-age children: learn to say “Tarvitsen apua” (I need help) and “En ymmärrä” (I "
            "don't understand) in Finnish and use them at school. Pack your backpack or spare "
            "clothes bag together for the next day.</p>"
        ),
    },
    "childcare_notes": {
        "fi": (
            "<p>Lastenhoidossa leikitään päiväkotipäivää kuvajärjestyksen avulla: aamupiiri, "
            "laululeikki, ulkoilu ja ruokailu. Päiväkodin aloittaville lapsille tuttu rytmi antaa "
            "turvaa. Kerro lapselle kuvin, milloin äiti tulee takaisin.</p>"
        ),
        "en": (
            "<p>In childcare the children play a daycare day following a picture schedule: morning "
            "circle, singing game, outdoor play and a meal. For children about to start daycare, a "
            "familiar rhythm gives security. Show the child with pictures when mum will come "
            "back.</p>"
        ),
    },
    "interpreter_notes": {
        "fi": (
            "<p>Käy tulkin kanssa läpi nämä termit:</p>"
            "<ul>"
            "<li>varhaiskasvatus, esiopetus, perusopetus, oppivelvollisuus</li>"
            "<li>varhaiskasvatussuunnitelma (vasu), oppimissuunnitelma</li>"
            "<li>Wilma, poissaoloilmoitus, vanhempainvartti, vanhempainilta</li>"
            "<li>suomi toisena kielenä (S2), oman äidinkielen opetus</li>"
            "</ul><p>Sopikaa, miten selitätte käsitteitä, joille ei aina ole suoraa vastinetta, "
            "kuten leikin merkitys oppimiselle ja lapsen omien valintojen tukeminen.</p>"
        ),
        "en": (
            "<p>Go through these terms with the interpreter:</p>"
            "<ul>"
            "<li>varhaiskasvatus, esiopetus, perusopetus, oppivelvollisuus (early childhood "
            "education, pre-primary education, basic education, compulsory education)</li>"
            "<li>varhaiskasvatussuunnitelma (vasu), oppimissuunnitelma (early childhood education "
            "plan, learning plan)</li>"
            "<li>Wilma, poissaoloilmoitus, vanhempainvartti, vanhempainilta (Wilma, absence "
            "notice, short parent meeting, parents' evening)</li>"
            "<li>suomi toisena kielenä (S2), oman äidinkielen opetus (Finnish as a second "
            "language, mother tongue teaching)</li>"
            "</ul><p>Agree how to explain ideas that do not always have a direct equivalent, such "
            "as the importance of play for learning and supporting a child's own choices.</p>"
        ),
    },
    "languages_available": ["fi", "en", "ar", "so", "ru", "uk"],
    "body": {
        "fi": [
            (
                "key_phrases",
                {
                    "title": "Fraaseja Wilma-viestiin",
                    "phrases": [
                        {
                            "finnish": "Hei! Lapseni on tänään sairaana kotona.",
                            "translation": "Näin ilmoitat, että lapsi ei tule tänään.",
                        },
                        {
                            "finnish": "Kiitos viestistä.",
                            "translation": "Kerrot, että luit viestin.",
                        },
                        {
                            "finnish": "Voimmeko sopia tapaamisen?",
                            "translation": "Pyydät aikaa keskustelulle opettajan kanssa.",
                        },
                        {
                            "finnish": "Tarvitsen tulkin tapaamiseen.",
                            "translation": "Pyydät tulkkia keskusteluun.",
                        },
                        {
                            "finnish": "Ystävällisin terveisin",
                            "translation": "Näin voit lopettaa viestin.",
                        },
                    ],
                },
            ),
            (
                "checklist",
                {
                    "title": "Varavaatepussi päiväkotiin",
                    "items": [
                        "Alushousut ja sukat",
                        "Housut ja paita",
                        "Villasukat ja varalapaset talvella",
                        "Vaippoja, jos lapsi käyttää niitä",
                        "Lapsen nimi kaikissa vaatteissa",
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": (
                        "<p>Vanhempainkeskustelu on tavallinen osa yhteistyötä, ei merkki "
                        "ongelmasta. Siinä puhutaan lapsen vahvuuksista, kehityksestä ja teidän "
                        "toiveistanne.</p>"
                    ),
                },
            ),
        ],
        "en": [
            (
                "key_phrases",
                {
                    "title": "Phrases for a Wilma message",
                    "phrases": [
                        {
                            "finnish": "Hei! Lapseni on tänään sairaana kotona.",
                            "translation": "Hello! My child is at home sick today.",
                        },
                        {
                            "finnish": "Kiitos viestistä.",
                            "translation": "Thank you for the message.",
                        },
                        {
                            "finnish": "Voimmeko sopia tapaamisen?",
                            "translation": "Could we arrange a meeting?",
                        },
                        {
                            "finnish": "Tarvitsen tulkin tapaamiseen.",
                            "translation": "I need an interpreter for the meeting.",
                        },
                        {"finnish": "Ystävällisin terveisin", "translation": "Kind regards"},
                    ],
                },
            ),
            (
                "checklist",
                {
                    "title": "Spare clothes bag for daycare",
                    "items": [
                        "Underpants and socks",
                        "Trousers and a shirt",
                        "Wool socks and spare mittens in winter",
                        "Nappies, if your child uses them",
                        "Your child's name in all clothes",
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": (
                        "<p>A parent–teacher meeting is a normal part of working together, not a "
                        "sign of a problem. You talk about your child's strengths, development and "
                        "your wishes.</p>"
                    ),
                },
            ),
        ],
    },
    "related_chapters": [("kotoudu-kotona", "varhaiskasvatus-ja-koulu")],
}

# Package: Asiointi Kelassa ja verkossa (public-services; fi, en)
_PKG_ASIOINTI_KELASSA_JA_VERKOSSA = {
    "slug": "asiointi-kelassa-ja-verkossa",
    "theme": "public-services",
    "audience": ["mothers", "spouses"],
    "duration_minutes": 120,
    "title": {"fi": "Asiointi Kelassa ja verkossa", "en": "Dealing with Kela and online services"},
    "intro": {
        "fi": (
            "Tapaamisessa harjoitellaan asiointia Kelassa ja muissa julkisissa palveluissa: miten "
            "tukea haetaan, miten päätös luetaan ja miten asiat hoidetaan verkossa turvallisesti. "
            "Tapaamiseen voi liittää tutustumiskäynnin Kelan palvelupisteeseen."
        ),
        "en": (
            "In this meeting we practise dealing with Kela and other public services: how to apply "
            "for a benefit, how to read a decision and how to handle things online safely. The "
            "meeting can include an introductory visit to a Kela service point."
        ),
    },
    "objectives": {
        "fi": [
            "Tiedän, mitä Kela, kunta, hyvinvointialue ja työllisyyspalvelut tekevät.",
            "Osaan kirjautua OmaKelaan vahvalla tunnistautumisella.",
            (
                "Löydän päätöksestä tärkeimmät kohdat: mitä päätettiin, mistä alkaen ja miten voi "
                "hakea muutosta."
            ),
            "Tiedän, että tulojen, osoitteen ja perhetilanteen muutoksista pitää ilmoittaa Kelaan.",
        ],
        "en": [
            (
                "I know what Kela, the municipality, the wellbeing services county and the "
                "employment services do."
            ),
            "I can log in to OmaKela with strong authentication.",
            (
                "I can find the main points in a decision: what was decided, from when and how to "
                "appeal."
            ),
            "I know that changes in income, address and family situation must be reported to Kela.",
        ],
    },
    "agenda": {
        "fi": [
            {
                "title": "Tervetuloa",
                "minutes": 10,
                "description": "Kuulumiset ja päivän ohjelma kuvina.",
            },
            {
                "title": "Kuka tekee mitä?",
                "minutes": 25,
                "description": (
                    "Palvelukartta: Kela, kunta, hyvinvointialue, työllisyyspalvelut, Migri ja "
                    "DVV. Äidit yhdistävät tilannekortit oikeaan palveluun."
                ),
            },
            {
                "title": "Verkkoasiointi",
                "minutes": 30,
                "description": (
                    "Harjoitellaan OmaKelaan kirjautumista omalla puhelimella tai ohjaajan "
                    "esittelemänä. Käydään läpi viestit, hakemukset ja liitteiden lähettäminen."
                ),
            },
            {
                "title": "Tauko",
                "minutes": 10,
                "description": "Välipala. Äidit voivat käydä katsomassa lapsia.",
            },
            {
                "title": "Päätöksen lukeminen",
                "minutes": 25,
                "description": (
                    "Mallipäätös: mitä päätettiin, kuinka paljon, mistä alkaen, mistä pitää "
                    "ilmoittaa ja miten muutosta haetaan."
                ),
            },
            {
                "title": "Oma asiointikansio ja lopetus",
                "minutes": 20,
                "description": (
                    "Aloitetaan oma asiointikansio ja esitellään tehtäväpaketti. Sovitaan "
                    "tutustumiskäynnistä Kelaan."
                ),
            },
        ],
        "en": [
            {
                "title": "Welcome",
                "minutes": 10,
                "description": "News and the day's programme in pictures.",
            },
            {
                "title": "Who does what?",
                "minutes": 25,
                "description": (
                    "Service map: Kela, municipality, wellbeing services county, employment "
                    "services, Migri and DVV. The mothers match situation cards to the right "
                    "service."
                ),
            },
            {
                "title": "Online services",
                "minutes": 30,
                "description": (
                    "We practise logging in to OmaKela on our own phones or with the leader "
                    "demonstrating. We look at messages, applications and sending attachments."
                ),
            },
            {
                "title": "Break",
                "minutes": 10,
                "description": "Snack. Mothers can go and see their children.",
            },
            {
                "title": "Reading a decision",
                "minutes": 25,
                "description": (
                    "A model decision: what was decided, how much, from when, what must be "
                    "reported and how to appeal."
                ),
            },
            {
                "title": "My own service folder and closing",
                "minutes": 20,
                "description": (
                    "We start our own service folders and introduce the task package. We agree on "
                    "a visit to Kela."
                ),
            },
        ],
    },
    "spouse_tasks": {
        "fi": (
            "<p>Tehkää perheelle asiointikansio: tärkeät päätökset, sopimukset ja kirjeet "
            "aikajärjestyksessä.</p>"
            "<ul>"
            "<li>Tarkistakaa yhdessä, ovatko perheen tiedot Kelassa ajan tasalla: osoite, tulot ja "
            "perheenjäsenet.</li>"
            "<li>Varmistakaa, että kummallakin aikuisella on oma pääsy OmaKelaan. Kumpikin hoitaa "
            "omia etuuksiaan.</li>"
            "<li>Kirjoittakaa kalenteriin päivät, joihin mennessä pitää vastata kirjeisiin.</li>"
            "</ul>"
        ),
        "en": (
            "<p>Make a service folder for the family: important decisions, contracts and letters "
            "in date order.</p>"
            "<ul>"
            "<li>Check together that the family's details at Kela are up to date: address, income "
            "and family members.</li>"
            "<li>Make sure that both adults have their own access to OmaKela. Each handles their "
            "own benefits.</li>"
            "<li>Write in the calendar the dates by which letters must be answered.</li>"
            "</ul>"
        ),
    },
    "children_tasks": {
        "fi": (
            "<p>Kouluikäiset: etsi kunnan verkkosivuilta, missä ovat lähin kirjasto, uimahalli ja "
            "terveysasema, ja tee niistä lista perheelle. Pienet lapset leikkivät postia: "
            "piirretään kirje ja viedään se postilaatikkoon.</p>"
        ),
        "en": (
            "<p>School-age children: find on the municipality's website where the nearest library, "
            "swimming hall and health centre are, and make a list for the family. Small children "
            "play post office: draw a letter and take it to the post box.</p>"
        ),
    },
    "childcare_notes": {
        "fi": (
            "<p>Lastenhoidossa leikitään postia ja toimistoa: kirjekuoria, leimasimia ja "
            "jonotusnumeroita. Jos ryhmä tekee tutustumiskäynnin Kelaan, lapset jäävät "
            "lastenhoitoon tapaamispaikalle.</p>"
        ),
        "en": (
            "<p>In childcare the children play post office and office: envelopes, stamps and queue "
            "numbers. If the group visits Kela, the children stay in childcare at the meeting "
            "place.</p>"
        ),
    },
    "interpreter_notes": {
        "fi": (
            "<p>Sopikaa etukäteen termeistä: Kela, etuus, hakemus, liite, lisäselvitys, päätös, "
            "muutoksenhaku, OmaKela, Suomi.fi, vahva tunnistautuminen ja valtuutus.</p>"
            "<p>Tulkki ei täytä hakemuksia äitien puolesta eikä kirjaudu kenenkään tunnuksilla. "
            "Kerro tämä myös ryhmälle.</p>"
        ),
        "en": (
            "<p>Agree on the terms in advance: Kela, etuus (benefit), hakemus (application), liite "
            "(attachment), lisäselvitys (request for further information), päätös (decision), "
            "muutoksenhaku (appeal), OmaKela, Suomi.fi, vahva tunnistautuminen (strong "
            "authentication) and valtuutus (authorisation).</p>"
            "<p>The interpreter does not fill in applications for the mothers or log in with "
            "anyone's credentials. Tell the group this as well.</p>"
        ),
    },
    "languages_available": ["fi", "en", "ar", "so", "prs"],
    "body": {
        "fi": [
            (
                "steps",
                {
                    "title": "Näin haet tukea OmaKelassa",
                    "steps": [
                        {
                            "title": "Kirjaudu",
                            "text": (
                                "<p>Avaa OmaKela ja tunnistaudu pankkitunnuksilla tai "
                                "mobiilivarmenteella.</p>"
                            ),
                        },
                        {
                            "title": "Valitse hakemus",
                            "text": (
                                "<p>Valitse tuki, jota haet, ja täytä tiedot huolellisesti.</p>"
                            ),
                        },
                        {
                            "title": "Lisää liitteet",
                            "text": (
                                "<p>Kuvaa tai skannaa pyydetyt liitteet, esimerkiksi vuokrasopimus "
                                "tai palkkatiedot.</p>"
                            ),
                        },
                        {
                            "title": "Lähetä ja tallenna",
                            "text": (
                                "<p>Lähetä hakemus. Ota kuvakaappaus tai kirjoita ylös, milloin "
                                "lähetit sen.</p>"
                            ),
                        },
                        {
                            "title": "Seuraa viestejä",
                            "text": (
                                "<p>Kela voi pyytää lisäselvitystä. Vastaa viimeistään pyydettynä "
                                "päivänä.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "key_phrases",
                {
                    "title": "Sanoja asiointiin",
                    "phrases": [
                        {"finnish": "etuus", "translation": "Raha tai tuki, jota Kela maksaa."},
                        {
                            "finnish": "liite",
                            "translation": "Paperi, joka lähetetään hakemuksen mukana.",
                        },
                        {
                            "finnish": "lisäselvitys",
                            "translation": "Kela pyytää lisää tietoa ennen kuin se voi päättää.",
                        },
                        {
                            "finnish": "valtuutus",
                            "translation": "Annat toiselle luvan hoitaa asiaasi verkossa.",
                        },
                        {
                            "finnish": "muutoksenhaku",
                            "translation": "Pyydät, että päätös tarkistetaan.",
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "text": (
                        "<p>Älä anna pankkitunnuksiasi toiselle, edes avuksi. Jos tarvitset apua, "
                        "toinen ihminen voi auttaa vierelläsi. Joissakin palveluissa voit antaa "
                        "toiselle luvan hoitaa asiaasi Suomi.fi-valtuutuksella.</p>"
                    ),
                },
            ),
        ],
        "en": [
            (
                "steps",
                {
                    "title": "How to apply for a benefit in OmaKela",
                    "steps": [
                        {
                            "title": "Log in",
                            "text": (
                                "<p>Open OmaKela and identify yourself with online banking codes "
                                "or a mobile certificate.</p>"
                            ),
                        },
                        {
                            "title": "Choose the application",
                            "text": (
                                "<p>Choose the benefit you are applying for and fill in the "
                                "details carefully.</p>"
                            ),
                        },
                        {
                            "title": "Add attachments",
                            "text": (
                                "<p>Photograph or scan the attachments asked for, for example a "
                                "rental agreement or pay information.</p>"
                            ),
                        },
                        {
                            "title": "Send and save",
                            "text": (
                                "<p>Send the application. Take a screenshot or write down when you "
                                "sent it.</p>"
                            ),
                        },
                        {
                            "title": "Follow your messages",
                            "text": (
                                "<p>Kela may ask for further information. Answer by the date given "
                                "at the latest.</p>"
                            ),
                        },
                    ],
                },
            ),
            (
                "key_phrases",
                {
                    "title": "Words for dealing with services",
                    "phrases": [
                        {
                            "finnish": "etuus",
                            "translation": "Benefit: money or support paid by Kela.",
                        },
                        {
                            "finnish": "liite",
                            "translation": (
                                "Attachment: a paper sent together with the application."
                            ),
                        },
                        {
                            "finnish": "lisäselvitys",
                            "translation": (
                                "Request for further information: Kela needs more information "
                                "before it can decide."
                            ),
                        },
                        {
                            "finnish": "valtuutus",
                            "translation": (
                                "Authorisation: you give someone permission to handle your matter "
                                "online."
                            ),
                        },
                        {
                            "finnish": "muutoksenhaku",
                            "translation": "Appeal: you ask for the decision to be reviewed.",
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "text": (
                        "<p>Do not give your online banking codes to anyone, not even to help you. "
                        "If you need help, another person can sit beside you and help. In some "
                        "services you can authorise another person to handle your matter with "
                        "Suomi.fi authorisation.</p>"
                    ),
                },
            ),
        ],
    },
    "related_chapters": [
        ("kotoudu-kotona", "palvelut-ja-oikeudet"),
        ("kotoudu-kotona", "raha-ja-arki"),
    ],
}

# Package: Turvallinen koti ja hätänumero 112 (safety; fi, en)
_PKG_TURVALLINEN_KOTI_JA_112 = {
    "slug": "turvallinen-koti-ja-112",
    "theme": "safety",
    "audience": ["mothers", "spouses", "children"],
    "duration_minutes": 90,
    "title": {
        "fi": "Turvallinen koti ja hätänumero 112",
        "en": "A safe home and the emergency number 112",
    },
    "intro": {
        "fi": (
            "Toiminnallinen tapaaminen kodin paloturvallisuudesta, lasten tapaturmien ehkäisystä "
            "ja hätänumeroon soittamisesta. Vieraaksi voi kutsua pelastuslaitoksen "
            "turvallisuusviestijän."
        ),
        "en": (
            "A hands-on meeting about fire safety at home, preventing children's accidents and "
            "calling the emergency number. A safety communications officer from the rescue "
            "department can be invited as a guest."
        ),
    },
    "objectives": {
        "fi": [
            "Osaan soittaa hätänumeroon 112 ja kertoa osoitteen.",
            "Tiedän, miksi kotona pitää olla palovaroitin ja miten sitä testataan.",
            "Tunnistan kodin tavallisimmat vaarat pienelle lapselle.",
            "Tiedän, mistä saa apua, jos kotona ei ole turvallista.",
        ],
        "en": [
            "I can call the emergency number 112 and give my address.",
            "I know why a home must have a smoke alarm and how to test it.",
            "I recognise the most common dangers at home for a small child.",
            "I know where to get help if home is not safe.",
        ],
    },
    "agenda": {
        "fi": [
            {
                "title": "Tervetuloa",
                "minutes": 10,
                "description": "Kuulumiset ja päivän ohjelma kuvina.",
            },
            {
                "title": "Hätäpuhelu",
                "minutes": 25,
                "description": (
                    "Harjoitellaan hätäpuhelua pareittain mallipuhelimella: mitä tapahtui, missä "
                    "ja kuka tarvitsee apua. Jokainen kirjoittaa oman osoitteensa korttiin."
                ),
            },
            {
                "title": "Palovaroitin ja sammutuspeite",
                "minutes": 20,
                "description": (
                    "Testataan palovaroitin ja kokeillaan sammutuspeitettä. Mitä tehdään, jos "
                    "kotona syttyy tulipalo?"
                ),
            },
            {
                "title": "Tauko",
                "minutes": 10,
                "description": "Välipala. Äidit voivat käydä katsomassa lapsia.",
            },
            {
                "title": "Turvallinen koti lapselle",
                "minutes": 15,
                "description": (
                    "Kuvatehtävä: etsitään kuvasta kodin vaarat, kuten kuuma kahvi, pesuaineet, "
                    "avoin ikkuna ja roikkuva johto. Lopuksi kerrotaan, mistä saa apua, jos kotona "
                    "ei ole turvallista."
                ),
            },
            {"title": "Lopetus", "minutes": 10, "description": "Tehtäväpaketti ja palautekierros."},
        ],
        "en": [
            {
                "title": "Welcome",
                "minutes": 10,
                "description": "News and the day's programme in pictures.",
            },
            {
                "title": "Emergency call",
                "minutes": 25,
                "description": (
                    "In pairs we practise an emergency call with a model phone: what happened, "
                    "where and who needs help. Everyone writes her own address on a card."
                ),
            },
            {
                "title": "Smoke alarm and fire blanket",
                "minutes": 20,
                "description": (
                    "We test a smoke alarm and try out a fire blanket. What do you do if a fire "
                    "starts at home?"
                ),
            },
            {
                "title": "Break",
                "minutes": 10,
                "description": "Snack. Mothers can go and see their children.",
            },
            {
                "title": "A safe home for a child",
                "minutes": 15,
                "description": (
                    "Picture task: find the dangers in a picture of a home, such as hot coffee, "
                    "cleaning products, an open window and a hanging cord. Finally we tell where "
                    "to get help if home is not safe."
                ),
            },
            {"title": "Closing", "minutes": 10, "description": "Task package and feedback round."},
        ],
    },
    "spouse_tasks": {
        "fi": (
            "<p>Tehkää kotona yhdessä turvallisuuskierros:</p>"
            "<ul>"
            "<li>Testatkaa palovaroitin ja vaihtakaa tarvittaessa paristo.</li>"
            "<li>Siirtäkää lääkkeet ja pesuaineet lukittuun kaappiin tai korkealle.</li>"
            "<li>Sopikaa kokoontumispaikka ulkona, jos kotoa pitää poistua tulipalon takia.</li>"
            "<li>Harjoitelkaa lasten kanssa kotiosoitteen sanomista.</li>"
            "</ul>"
        ),
        "en": (
            "<p>Do a safety round at home together:</p>"
            "<ul>"
            "<li>Test the smoke alarm and change the battery if needed.</li>"
            "<li>Move medicines and cleaning products to a locked cupboard or up high.</li>"
            "<li>Agree on a meeting point outside in case you must leave home because of a "
            "fire.</li>"
            "<li>Practise saying your home address with the children.</li>"
            "</ul>"
        ),
    },
    "children_tasks": {
        "fi": (
            "<p>Opettele ulkoa kotiosoite ja numero 112. Piirrä kuva kodista ja merkitse siihen "
            "ulko-ovi ja palovaroitin. Kouluikäiset: mieti yhdessä aikuisen kanssa, mitä teet, jos "
            "palovaroitin hälyttää.</p>"
        ),
        "en": (
            "<p>Learn your home address and the number 112 by heart. Draw a picture of your home "
            "and mark the front door and the smoke alarm. School-age children: think together with "
            "an adult about what you do if the smoke alarm goes off.</p>"
        ),
    },
    "childcare_notes": {
        "fi": (
            "<p>Lastenhoidossa luetaan kuvakirja paloautosta ja leikitään pelastajaa. Kerrotaan "
            "lapsille, että numeroon 112 soitetaan vain oikeassa hädässä. Palovaroittimen "
            "testiääni voi kuulua lastenhoitoon asti – kerro siitä hoitajille etukäteen, jotta he "
            "voivat valmistaa lapset.</p>"
        ),
        "en": (
            "<p>In childcare the children read a picture book about a fire engine and play "
            "rescuers. They are told that 112 is called only in a real emergency. The smoke alarm "
            "test may be heard in the childcare room – tell the carers in advance so that they can "
            "prepare the children.</p>"
        ),
    },
    "interpreter_notes": {
        "fi": (
            "<p>Sovi termeistä: hätänumero, hätäkeskus, pelastuslaitos, palovaroitin, "
            "sammutuspeite, myrkytys, Myrkytystietokeskus, lähisuhdeväkivalta ja turvakoti.</p>"
            "<p>Väkivallasta puhutaan yleisellä tasolla. Jos joku haluaa puhua omasta "
            "tilanteestaan, ohjaaja sopii erillisen keskustelun tulkin kanssa, jolla ei ole "
            "yhteyttä perheeseen.</p>"
        ),
        "en": (
            "<p>Agree on the terms: hätänumero (emergency number), hätäkeskus (emergency response "
            "centre), pelastuslaitos (rescue department), palovaroitin (smoke alarm), "
            "sammutuspeite (fire blanket), myrkytys (poisoning), Myrkytystietokeskus (Poison "
            "Information Centre), lähisuhdeväkivalta (domestic violence) and turvakoti "
            "(shelter).</p>"
            "<p>Violence is discussed on a general level. If someone wants to talk about her own "
            "situation, the leader arranges a separate conversation with an interpreter who has no "
            "connection to the family.</p>"
        ),
    },
    "languages_available": ["fi", "en", "ar", "so", "ru", "uk"],
    "body": {
        "fi": [
            (
                "key_phrases",
                {
                    "title": "Hätäpuhelu",
                    "phrases": [
                        {
                            "finnish": "Tarvitsen apua.",
                            "translation": "Sanot tämän heti puhelun alussa.",
                        },
                        {
                            "finnish": "Osoite on Lokkilaiturinkatu 4, Kemi.",
                            "translation": "Kerrot kadun, numeron ja kunnan.",
                        },
                        {"finnish": "Täällä on tulipalo.", "translation": "Jokin palaa."},
                        {
                            "finnish": "Lapsi on nielaissut lääkettä.",
                            "translation": "Lapsi on syönyt lääkettä vahingossa.",
                        },
                        {
                            "finnish": "En puhu hyvin suomea.",
                            "translation": "Kerrot, että tarvitset selkeää puhetta tai tulkkia.",
                        },
                    ],
                },
            ),
            (
                "checklist",
                {
                    "title": "Turvallisuuskierros kotona",
                    "items": [
                        "Palovaroitin testattu",
                        "Lääkkeet ja pesuaineet lasten ulottumattomissa",
                        "Ikkunoissa ja parvekkeella turvasalvat",
                        "Kattiloiden kahvat seinää kohti",
                        "Kotiosoite näkyvällä paikalla puhelimen vieressä",
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": (
                        "<p>Lataa puhelimeen 112 Suomi -sovellus. Se voi lähettää sijaintisi "
                        "hätäkeskukseen, ja sovelluksessa näet myös viranomaisten tiedotteet.</p>"
                    ),
                },
            ),
        ],
        "en": [
            (
                "key_phrases",
                {
                    "title": "Emergency call",
                    "phrases": [
                        {"finnish": "Tarvitsen apua.", "translation": "I need help."},
                        {
                            "finnish": "Osoite on Lokkilaiturinkatu 4, Kemi.",
                            "translation": (
                                "The address is Lokkilaiturinkatu 4, Kemi. (Say the street, number "
                                "and municipality.)"
                            ),
                        },
                        {"finnish": "Täällä on tulipalo.", "translation": "There is a fire here."},
                        {
                            "finnish": "Lapsi on nielaissut lääkettä.",
                            "translation": "The child has swallowed medicine.",
                        },
                        {
                            "finnish": "En puhu hyvin suomea.",
                            "translation": "I don't speak Finnish well.",
                        },
                    ],
                },
            ),
            (
                "checklist",
                {
                    "title": "Safety round at home",
                    "items": [
                        "Smoke alarm tested",
                        "Medicines and cleaning products out of children's reach",
                        "Safety catches on windows and the balcony",
                        "Pan handles turned towards the wall",
                        "Home address in a visible place next to the phone",
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": (
                        "<p>Download the 112 Suomi app to your phone. It can send your location to "
                        "the emergency response centre, and in the app you can also see official "
                        "warnings and notices.</p>"
                    ),
                },
            ),
        ],
    },
    "related_chapters": [("kotoudu-kotona", "turvallisuus-ja-112")],
}

# Package: Oma polku opiskeluun ja työhön (work-study; fi, en)
_PKG_OMA_POLKU_OPISKELUUN_JA_TYOHON = {
    "slug": "oma-polku-opiskeluun-ja-tyohon",
    "theme": "work-study",
    "audience": ["mothers", "spouses"],
    "duration_minutes": 120,
    "title": {"fi": "Oma polku opiskeluun ja työhön", "en": "My own path to study and work"},
    "intro": {
        "fi": (
            "Tapaamisessa jokainen äiti pohtii omia vahvuuksiaan ja toiveitaan ja tutustuu "
            "koulutus- ja työllisyyspalveluihin. Vieraana voi olla kunnan työllisyyspalvelujen tai "
            "oppilaitoksen ohjaaja tai äiti, joka on jo aloittanut opinnot."
        ),
        "en": (
            "In this meeting each mother thinks about her strengths and wishes and gets to know "
            "education and employment services. The guest can be an adviser from the municipal "
            "employment services or a college, or a mother who has already started studying."
        ),
    },
    "objectives": {
        "fi": [
            "Tunnistan vahvuuksiani ja osaamistani, myös kotona opittuja taitoja.",
            "Tiedän, mitä kotoutumissuunnitelma, kotoutumiskoulutus ja työllisyyspalvelut ovat.",
            "Tiedän, mistä saan tietoa ulkomailla suoritetun tutkinnon tunnustamisesta.",
            "Asetan itselleni yhden pienen seuraavan askeleen.",
        ],
        "en": [
            "I recognise my strengths and skills, including skills learned at home.",
            (
                "I know what an integration plan, integration training and the employment services "
                "are."
            ),
            "I know where to get information about recognising a qualification gained abroad.",
            "I set myself one small next step.",
        ],
    },
    "agenda": {
        "fi": [
            {
                "title": "Tervetuloa",
                "minutes": 10,
                "description": "Kuulumiset ja päivän ohjelma kuvina.",
            },
            {
                "title": "Minun taitoni",
                "minutes": 30,
                "description": (
                    "Vahvuuskortit: jokainen valitsee kortteja taidoista, joita hänellä on, kuten "
                    "ruoanlaitto, lastenhoito, ompelu, kielet ja kaupankäynti. Keskustellaan, "
                    "missä töissä taitoja tarvitaan."
                ),
            },
            {
                "title": "Polkuja eteenpäin",
                "minutes": 25,
                "description": (
                    "Vieras kertoo vaihtoehdoista: kotoutumiskoulutus, lukutaitokoulutus, "
                    "aikuisten perusopetus, ammatillinen koulutus, oppisopimus ja työkokeilu."
                ),
            },
            {
                "title": "Tauko",
                "minutes": 10,
                "description": "Välipala. Äidit voivat käydä katsomassa lapsia.",
            },
            {
                "title": "Vertaistarina",
                "minutes": 20,
                "description": (
                    "Äiti, joka on jo aloittanut opinnot tai työn, kertoo polustaan ja siitä, "
                    "miten perhe järjesti lastenhoidon."
                ),
            },
            {
                "title": "Oma seuraava askel",
                "minutes": 15,
                "description": (
                    "Jokainen kirjoittaa tai piirtää yhden seuraavan askeleen ja päivämäärän. "
                    "Sovitaan, kuka auttaa."
                ),
            },
            {"title": "Lopetus", "minutes": 10, "description": "Tehtäväpaketti ja palautekierros."},
        ],
        "en": [
            {
                "title": "Welcome",
                "minutes": 10,
                "description": "News and the day's programme in pictures.",
            },
            {
                "title": "My skills",
                "minutes": 30,
                "description": (
                    "Strength cards: everyone chooses cards for skills she has, such as cooking, "
                    "childcare, sewing, languages and trading. We discuss which jobs need these "
                    "skills."
                ),
            },
            {
                "title": "Paths forward",
                "minutes": 25,
                "description": (
                    "The guest describes the options: integration training, literacy training, "
                    "basic education for adults, vocational education, apprenticeship and work "
                    "trials."
                ),
            },
            {
                "title": "Break",
                "minutes": 10,
                "description": "Snack. Mothers can go and see their children.",
            },
            {
                "title": "A peer's story",
                "minutes": 20,
                "description": (
                    "A mother who has already started studying or working tells about her path and "
                    "how the family arranged childcare."
                ),
            },
            {
                "title": "My next step",
                "minutes": 15,
                "description": (
                    "Everyone writes or draws one next step and a date. We agree who will help."
                ),
            },
            {"title": "Closing", "minutes": 10, "description": "Task package and feedback round."},
        ],
    },
    "spouse_tasks": {
        "fi": (
            "<p>Keskustelkaa yhdessä äidin toiveista opiskelun ja työn suhteen. Miten perheen arki "
            "järjestetään, jos äiti aloittaa kurssin tai työn?</p>"
            "<ul>"
            "<li>Tehkää viikkosuunnitelma: kuka vie lapset päiväkotiin, kuka laittaa ruoan ja kuka "
            "hoitaa sairaan lapsen.</li>"
            "<li>Kertokaa toisillenne omista suunnitelmistanne ja kotoutumissuunnitelmistanne.</li>"
            "</ul>"
        ),
        "en": (
            "<p>Talk together about the mother's wishes for study and work. How will the family's "
            "everyday life be organised if she starts a course or a job?</p>"
            "<ul>"
            "<li>Make a weekly plan: who takes the children to daycare, who cooks and who looks "
            "after a sick child.</li>"
            "<li>Tell each other about your own plans and integration plans.</li>"
            "</ul>"
        ),
    },
    "children_tasks": {
        "fi": (
            "<p>Haastattele äitiä tai isää: mitä työtä olet tehnyt ja mitä haluaisit tehdä? Piirrä "
            "kuva. Kouluikäiset: kerro, mikä haluaisit olla isona ja mitä sitä varten "
            "opiskellaan.</p>"
        ),
        "en": (
            "<p>Interview your mum or dad: what work have you done, and what would you like to do? "
            "Draw a picture. School-age children: tell what you would like to be when you grow up "
            "and what you need to study for it.</p>"
        ),
    },
    "childcare_notes": {
        "fi": (
            "<p>Lastenhoidossa leikitään ammattileikkejä – kauppias, lääkäri, kokki, "
            "bussinkuljettaja – ja katsotaan kuvakirjoja eri ammateista.</p>"
        ),
        "en": (
            "<p>In childcare the children play different jobs – shopkeeper, doctor, cook, bus "
            "driver – and look at picture books about professions.</p>"
        ),
    },
    "interpreter_notes": {
        "fi": (
            "<p>Termit: kotoutumissuunnitelma, osaamisen kartoitus, kotoutumiskoulutus, "
            "lukutaitokoulutus, työnhakija, työllisyyspalvelut, työkokeilu, oppisopimus, "
            "ammatillinen koulutus ja tutkinnon tunnustaminen.</p>"
            "<p>Koulutusjärjestelmät eroavat maittain. Älä käännä tutkintonimikkeitä suoraan, vaan "
            "selitä, mitä koulutus sisältää.</p>"
        ),
        "en": (
            "<p>Terms: kotoutumissuunnitelma (integration plan), osaamisen kartoitus (skills "
            "assessment), kotoutumiskoulutus (integration training), lukutaitokoulutus (literacy "
            "training), työnhakija (jobseeker), työllisyyspalvelut (employment services), "
            "työkokeilu (work trial), oppisopimus (apprenticeship), ammatillinen koulutus "
            "(vocational education) and tutkinnon tunnustaminen (recognition of "
            "qualifications).</p>"
            "<p>Education systems differ between countries. Do not translate degree titles "
            "directly; explain what the education contains.</p>"
        ),
    },
    "languages_available": ["fi", "en", "ar", "so", "ru"],
    "body": {
        "fi": [
            (
                "steps",
                {
                    "title": "Polun askeleet",
                    "steps": [
                        {
                            "title": "Kartoitus",
                            "text": (
                                "<p>Osaamisen ja kotoutumistarpeen arvioinnissa selvitetään "
                                "koulutuksesi, työkokemuksesi ja kielitaitosi.</p>"
                            ),
                        },
                        {
                            "title": "Suunnitelma",
                            "text": (
                                "<p>Kotoutumissuunnitelmaan kirjataan kielen opiskelu ja muut "
                                "palvelut.</p>"
                            ),
                        },
                        {
                            "title": "Kieli",
                            "text": "<p>Kotoutumiskoulutus tai muu suomen kielen opiskelu.</p>",
                        },
                        {
                            "title": "Kokeilu",
                            "text": (
                                "<p>Työkokeilu, harjoittelu tai lyhyt kurssi auttaa valitsemaan "
                                "alan.</p>"
                            ),
                        },
                        {
                            "title": "Tutkinto tai työ",
                            "text": "<p>Ammatillinen koulutus, oppisopimus tai työpaikka.</p>",
                        },
                    ],
                },
            ),
            (
                "key_phrases",
                {
                    "title": "Sanoja polulle",
                    "phrases": [
                        {"finnish": "osaaminen", "translation": "Kaikki, mitä osaat tehdä."},
                        {"finnish": "vahvuus", "translation": "Asia, jossa olet hyvä."},
                        {
                            "finnish": "harjoittelu",
                            "translation": "Opit työtä työpaikalla ohjaajan kanssa.",
                        },
                        {
                            "finnish": "työsopimus",
                            "translation": "Kirjallinen sopimus työstä, palkasta ja työajasta.",
                        },
                        {"finnish": "palkka", "translation": "Raha, jonka saat työstä."},
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": (
                        "<p>Pienikin askel on askel. Kirjastokortti, kielikahvila tai "
                        "vapaaehtoistyö kerran viikossa vahvistaa kieltä ja rohkeutta.</p>"
                    ),
                },
            ),
        ],
        "en": [
            (
                "steps",
                {
                    "title": "Steps on the path",
                    "steps": [
                        {
                            "title": "Assessment",
                            "text": (
                                "<p>An assessment of your skills and integration needs looks at "
                                "your education, work experience and language skills.</p>"
                            ),
                        },
                        {
                            "title": "Plan",
                            "text": (
                                "<p>Language studies and other services are written into your "
                                "integration plan.</p>"
                            ),
                        },
                        {
                            "title": "Language",
                            "text": "<p>Integration training or other Finnish studies.</p>",
                        },
                        {
                            "title": "Trying out",
                            "text": (
                                "<p>A work trial, work placement or short course helps you choose "
                                "a field.</p>"
                            ),
                        },
                        {
                            "title": "Qualification or job",
                            "text": "<p>Vocational education, apprenticeship or a job.</p>",
                        },
                    ],
                },
            ),
            (
                "key_phrases",
                {
                    "title": "Words for the path",
                    "phrases": [
                        {"finnish": "osaaminen", "translation": "Skills: everything you can do."},
                        {
                            "finnish": "vahvuus",
                            "translation": "Strength: something you are good at.",
                        },
                        {
                            "finnish": "harjoittelu",
                            "translation": (
                                "Work placement: you learn a job at a workplace with a supervisor."
                            ),
                        },
                        {
                            "finnish": "työsopimus",
                            "translation": (
                                "Employment contract: a written agreement about the work, pay and "
                                "working hours."
                            ),
                        },
                        {"finnish": "palkka", "translation": "Pay: the money you get for work."},
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": (
                        "<p>Even a small step is a step. A library card, a language café or "
                        "volunteering once a week builds your language and your confidence.</p>"
                    ),
                },
            ),
        ],
    },
    "related_chapters": [("kotoudu-kotona", "kieli-opiskelu-ja-tyo")],
}

# Package: Äidin jaksaminen ja hyvinvointi (wellbeing-mental-health; fi, en)
_PKG_AIDIN_JAKSAMINEN = {
    "slug": "aidin-jaksaminen",
    "theme": "wellbeing-mental-health",
    "audience": ["mothers"],
    "duration_minutes": 120,
    "title": {"fi": "Äidin jaksaminen ja hyvinvointi", "en": "A mother's wellbeing and coping"},
    "intro": {
        "fi": (
            "Tapaamisessa puhutaan arjen kuormituksesta, unesta, stressistä ja koti-ikävästä sekä "
            "siitä, mikä auttaa jaksamaan. Kokeillaan yhdessä rentoutumisharjoitusta ja kerrotaan, "
            "mistä saa apua, kun mieli on raskas."
        ),
        "en": (
            "In this meeting we talk about everyday strain, sleep, stress and homesickness, and "
            "about what helps us cope. We try a relaxation exercise together and tell where to get "
            "help when your mind feels heavy."
        ),
    },
    "objectives": {
        "fi": [
            "Tunnistan stressin ja väsymyksen merkkejä itsessäni.",
            "Tiedän keinoja, jotka auttavat jaksamaan arjessa.",
            "Tiedän, että mielen ongelmiin saa apua, ja tiedän, mistä sitä haetaan.",
            "Kokeilen yhtä rentoutumisharjoitusta.",
        ],
        "en": [
            "I recognise signs of stress and tiredness in myself.",
            "I know ways that help me cope in everyday life.",
            (
                "I know that there is help for mental health problems, and I know where to look "
                "for it."
            ),
            "I try one relaxation exercise.",
        ],
    },
    "agenda": {
        "fi": [
            {
                "title": "Tervetuloa",
                "minutes": 10,
                "description": (
                    "Kuulumiset ja päivän ohjelma kuvina. Muistutetaan, että ryhmässä kuultu jää "
                    "ryhmään."
                ),
            },
            {
                "title": "Sääkartta",
                "minutes": 20,
                "description": (
                    "Jokainen näyttää kuvakortilla, miltä viikko on tuntunut: aurinko, pilvi tai "
                    "sade. Kenenkään ei tarvitse selittää."
                ),
            },
            {
                "title": "Mikä vie voimia, mikä antaa?",
                "minutes": 30,
                "description": (
                    "Pienryhmissä kootaan kaksi listaa: mikä vie voimia ja mikä antaa voimia. "
                    "Vinkit jaetaan koko ryhmälle."
                ),
            },
            {
                "title": "Tauko",
                "minutes": 10,
                "description": "Välipala. Äidit voivat käydä katsomassa lapsia.",
            },
            {
                "title": "Rentoutumisharjoitus",
                "minutes": 20,
                "description": (
                    "Ohjattu hengitysharjoitus ja kevyt venyttely istuen omalla paikalla. "
                    "Harjoituksesta voi jäädä pois."
                ),
            },
            {
                "title": "Mistä apua?",
                "minutes": 20,
                "description": (
                    "Neuvola, terveysasema, mielenterveyspalvelut ja kriisipuhelin. Kerrotaan, "
                    "että apu on luottamuksellista."
                ),
            },
            {"title": "Lopetus", "minutes": 10, "description": "Tehtäväpaketti ja palautekierros."},
        ],
        "en": [
            {
                "title": "Welcome",
                "minutes": 10,
                "description": (
                    "News and the day's programme in pictures. A reminder that what is said in the "
                    "group stays in the group."
                ),
            },
            {
                "title": "Weather map",
                "minutes": 20,
                "description": (
                    "Everyone shows with a picture card how her week has felt: sun, cloud or rain. "
                    "Nobody has to explain."
                ),
            },
            {
                "title": "What drains, what gives strength?",
                "minutes": 30,
                "description": (
                    "In small groups we make two lists: what takes strength and what gives "
                    "strength. The tips are shared with the whole group."
                ),
            },
            {
                "title": "Break",
                "minutes": 10,
                "description": "Snack. Mothers can go and see their children.",
            },
            {
                "title": "Relaxation exercise",
                "minutes": 20,
                "description": (
                    "A guided breathing exercise and light stretching, sitting in one's own seat. "
                    "Anyone can opt out."
                ),
            },
            {
                "title": "Where to get help?",
                "minutes": 20,
                "description": (
                    "The neuvola, the health centre, mental health services and the crisis "
                    "helpline. We explain that the help is confidential."
                ),
            },
            {"title": "Closing", "minutes": 10, "description": "Task package and feedback round."},
        ],
    },
    "spouse_tasks": {
        "fi": (
            "<p>Kysykää tällä viikolla toisiltanne: ”Mikä sinua väsyttää? Mikä auttaisi?”</p>"
            "<ul>"
            "<li>Sopikaa, että kummallakin aikuisella on viikossa yksi oma hetki, jolloin toinen "
            "hoitaa lapset.</li>"
            "<li>Tehkää perheelle iltarutiini, joka auttaa kaikkia nukkumaan paremmin.</li>"
            "</ul>"
        ),
        "en": (
            "<p>This week, ask each other: “What makes you tired? What would help?”</p>"
            "<ul>"
            "<li>Agree that each adult has one moment of their own each week while the other looks "
            "after the children.</li>"
            "<li>Make an evening routine for the family that helps everyone sleep better.</li>"
            "</ul>"
        ),
    },
    "children_tasks": {
        "fi": (
            "<p>Tehkää yhdessä hyvän mielen purkki: kirjoittakaa tai piirtäkää lapuille asioita, "
            "jotka ilahduttavat, kuten ulkoilu, lempiruoka tai laulu. Kun joku on surullinen, "
            "purkista nostetaan lappu. Kouluikäiset: kerro kotona joka päivä yksi asia, joka "
            "koulupäivässä oli kivaa.</p>"
        ),
        "en": (
            "<p>Make a good-mood jar together: write or draw on notes things that make you happy, "
            "such as outdoor play, a favourite food or a song. When someone is sad, they take a "
            "note from the jar. School-age children: every day, tell at home one nice thing from "
            "the school day.</p>"
        ),
    },
    "childcare_notes": {
        "fi": (
            "<p>Lastenhoidossa on rauhallinen ohjelma: satu, piirtäminen ja lyhyt rentoutus "
            "pehmolelun kanssa. Lapset voivat tehdä äideille piirustuksen. Äidin kuuluu saada olla "
            "tapaamisessa rauhassa, mutta hänet haetaan, jos lapsi ei rauhoitu.</p>"
        ),
        "en": (
            "<p>Childcare has a calm programme: a story, drawing and a short relaxation with a "
            "soft toy. The children can make drawings for their mothers. The mother should be able "
            "to take part in peace, but she is fetched if her child does not calm down.</p>"
        ),
    },
    "interpreter_notes": {
        "fi": (
            "<p>Mielen asioihin voi liittyä häpeää, ja sanasto voi olla vähäistä. Sopikaa "
            "arkisista ilmauksista: väsymys, huoli, ikävä, stressi, alakulo, ahdistus ja masennus. "
            "Vältä diagnoosisanoja, ellei niitä tarvita.</p>"
            "<p>Tulkki tulkkaa kaiken eikä lisää tai pehmennä mitään. Hänellä on "
            "vaitiolovelvollisuus, ja siitä kerrotaan ryhmälle.</p>"
        ),
        "en": (
            "<p>Talking about the mind can involve shame, and the vocabulary may be limited. Agree "
            "on everyday expressions: tiredness, worry, longing, stress, low mood, anxiety and "
            "depression. Avoid diagnostic words unless they are needed.</p>"
            "<p>The interpreter interprets everything and does not add or soften anything. The "
            "interpreter has a duty of confidentiality, and the group is told about it.</p>"
        ),
    },
    "languages_available": ["fi", "en", "ar", "so", "ckb", "prs"],
    "body": {
        "fi": [
            (
                "callout",
                {
                    "kind": "note",
                    "text": (
                        "<p>Tapaaminen ei ole terapiaa. Jos äiti kertoo vakavasta ahdistuksesta, "
                        "itsetuhoisista ajatuksista tai väkivallasta, ohjaaja keskustelee hänen "
                        "kanssaan erikseen ja ohjaa hänet apuun samana päivänä.</p>"
                    ),
                },
            ),
            (
                "checklist",
                {
                    "title": "Pieniä tekoja hyvinvoinnille",
                    "items": [
                        "Ulkoilu päivänvalossa joka päivä",
                        "Säännölliset ruoka-ajat ja nukkumaanmenoajat",
                        "Puhelu tai viesti ystävälle",
                        "Hetki omaa aikaa ilman kotitöitä",
                        "Liikunta, joka tuntuu hyvältä",
                    ],
                },
            ),
            (
                "key_phrases",
                {
                    "title": "Sanoja tunteille",
                    "phrases": [
                        {"finnish": "Olen väsynyt.", "translation": "Minulla ei ole voimia."},
                        {
                            "finnish": "Minua huolettaa.",
                            "translation": "Ajattelen paljon jotakin vaikeaa asiaa.",
                        },
                        {
                            "finnish": "Minulla on ikävä kotimaahan.",
                            "translation": "Kaipaan kotimaata ja läheisiäni.",
                        },
                        {
                            "finnish": "En saa nukuttua.",
                            "translation": "Uni ei tule, tai herään yöllä.",
                        },
                        {
                            "finnish": "Tarvitsen apua.",
                            "translation": "Pyydät jotakuta auttamaan sinua.",
                        },
                    ],
                },
            ),
        ],
        "en": [
            (
                "callout",
                {
                    "kind": "note",
                    "text": (
                        "<p>This meeting is not therapy. If a mother tells about severe anxiety, "
                        "suicidal thoughts or violence, the leader talks with her separately and "
                        "guides her to help the same day.</p>"
                    ),
                },
            ),
            (
                "checklist",
                {
                    "title": "Small acts for wellbeing",
                    "items": [
                        "Going outdoors in daylight every day",
                        "Regular mealtimes and bedtimes",
                        "A call or a message to a friend",
                        "A moment of your own without housework",
                        "Exercise that feels good",
                    ],
                },
            ),
            (
                "key_phrases",
                {
                    "title": "Words for feelings",
                    "phrases": [
                        {"finnish": "Olen väsynyt.", "translation": "I am tired."},
                        {"finnish": "Minua huolettaa.", "translation": "I am worried."},
                        {
                            "finnish": "Minulla on ikävä kotimaahan.",
                            "translation": "I miss my home country.",
                        },
                        {"finnish": "En saa nukuttua.", "translation": "I cannot sleep."},
                        {"finnish": "Tarvitsen apua.", "translation": "I need help."},
                    ],
                },
            ),
        ],
    },
    "related_chapters": [
        ("kotoudu-kotona", "hyvinvointi-ja-vapaa-aika"),
        ("kotoudu-kotona", "terveys-ja-neuvola"),
    ],
}

# Package: Talvi ja luonto: ulos koko perheen kanssa (leisure-seasons; fi, en)
_PKG_TALVI_JA_LUONTO = {
    "slug": "talvi-ja-luonto",
    "theme": "leisure-seasons",
    "audience": ["mothers", "spouses", "children"],
    "duration_minutes": 150,
    "title": {
        "fi": "Talvi ja luonto: ulos koko perheen kanssa",
        "en": "Winter and nature: outdoors with the whole family",
    },
    "intro": {
        "fi": (
            "Retkipäivä lähimetsään tai ulkoilualueelle. Opitaan pukeutumaan pakkaseen, paistetaan "
            "makkaraa tai tikkupullaa nuotiopaikalla ja kokeillaan pulkkamäkeä. Mukaan ovat "
            "tervetulleita koko perhe sekä tukiperheet ja kummit."
        ),
        "en": (
            "An outing to a nearby forest or outdoor area. We learn to dress for freezing weather, "
            "cook sausages or stick bread at a campfire site and try out the sledging hill. The "
            "whole family is welcome, as are support families and godparents."
        ),
    },
    "objectives": {
        "fi": [
            "Osaan pukea itseni ja lapseni kerroksittain pakkasella.",
            "Tiedän, mitä jokaisenoikeudet sallivat ja mitä eivät.",
            "Tunnen lähialueen ulkoilupaikan, jonne voin mennä uudelleen perheen kanssa.",
            "Tiedän, miten talvella liikutaan turvallisesti.",
        ],
        "en": [
            "I can dress myself and my child in layers in freezing weather.",
            "I know what everyone's rights allow and what they do not.",
            "I know a nearby outdoor place where I can go again with my family.",
            "I know how to move about safely in winter.",
        ],
    },
    "agenda": {
        "fi": [
            {
                "title": "Kokoontuminen ja vaatteiden tarkistus",
                "minutes": 20,
                "description": (
                    "Tavataan kokoontumispaikassa. Tarkistetaan yhdessä, että kaikilla on "
                    "riittävät vaatteet. Mukana on lainavaatteita."
                ),
            },
            {
                "title": "Kävely ulkoilualueelle",
                "minutes": 25,
                "description": (
                    "Kävellään rauhallisesti luontopolulle. Matkalla opetellaan talvisanoja ja "
                    "etsitään eläinten jälkiä."
                ),
            },
            {
                "title": "Nuotiotauko",
                "minutes": 40,
                "description": (
                    "Paistetaan makkaraa tai tikkupullaa valmiilla nuotiopaikalla ja juodaan "
                    "lämmintä. Kerrotaan jokaisenoikeuksista."
                ),
            },
            {
                "title": "Pulkkamäki ja leikit",
                "minutes": 40,
                "description": (
                    "Lapset ja aikuiset laskevat mäkeä ja leikkivät lumileikkejä. Halukkaat voivat "
                    "kokeilla lumikenkäilyä tai hiihtoa."
                ),
            },
            {
                "title": "Paluu ja lopetus",
                "minutes": 25,
                "description": (
                    "Kävellään takaisin, jaetaan kuvat luvan kanssa ja sovitaan seuraavasta "
                    "retkestä."
                ),
            },
        ],
        "en": [
            {
                "title": "Meeting up and checking clothes",
                "minutes": 20,
                "description": (
                    "We meet at the meeting point and check together that everyone has warm enough "
                    "clothes. Spare clothes are available to borrow."
                ),
            },
            {
                "title": "Walk to the outdoor area",
                "minutes": 25,
                "description": (
                    "A calm walk to a nature trail. On the way we learn winter words and look for "
                    "animal tracks."
                ),
            },
            {
                "title": "Campfire break",
                "minutes": 40,
                "description": (
                    "We cook sausages or stick bread at a ready-made campfire site and have warm "
                    "drinks. We talk about everyone's rights."
                ),
            },
            {
                "title": "Sledging and games",
                "minutes": 40,
                "description": (
                    "Children and adults go sledging and play snow games. Anyone who wishes can "
                    "try snowshoeing or skiing."
                ),
            },
            {
                "title": "Return and closing",
                "minutes": 25,
                "description": (
                    "We walk back, share photos with permission and agree on the next outing."
                ),
            },
        ],
    },
    "spouse_tasks": {
        "fi": (
            "<p>Lähtekää koko perheen kanssa ulos lähimpään puistoon, metsään tai mäkeen. Valitkaa "
            "paikka, jonne voitte mennä säännöllisesti.</p>"
            "<ul>"
            "<li>Tarkistakaa lasten talvivaatteet: lämmin välikerros, toppahaalari tai -takki, "
            "pipo, lapaset ja talvikengät.</li>"
            "<li>Kierrätyskeskuksista ja kirpputoreilta löytää edullisia talvivaatteita ja "
            "pulkkia.</li>"
            "</ul>"
        ),
        "en": (
            "<p>Go outdoors with the whole family to the nearest park, forest or hill. Choose a "
            "place you can go to regularly.</p>"
            "<ul>"
            "<li>Check the children's winter clothes: a warm middle layer, a snowsuit or winter "
            "jacket, a hat, mittens and winter shoes.</li>"
            "<li>Recycling centres and flea markets have affordable winter clothes and "
            "sledges.</li>"
            "</ul>"
        ),
    },
    "children_tasks": {
        "fi": (
            "<p>Tee lumiukko tai lumienkeli ja ota siitä kuva. Etsi metsästä kolme erilaista "
            "jälkeä tai kolme erilaista puuta. Opettele suomeksi sanat lumi, jää, pipo, lapaset ja "
            "pulkka.</p>"
        ),
        "en": (
            "<p>Build a snowman or make a snow angel and take a photo of it. Find three different "
            "tracks or three different trees in the forest. Learn the Finnish words lumi (snow), "
            "jää (ice), pipo (hat), lapaset (mittens) and pulkka (sledge).</p>"
        ),
    },
    "childcare_notes": {
        "fi": (
            "<p>Tällä kertaa erillistä lastenhoitoa ei ole: lapset ovat retkellä vanhempiensa "
            "kanssa. Ohjaajat ja vapaaehtoiset auttavat pulkkamäessä ja nuotiolla. Sovi etukäteen, "
            "kuka aikuinen vastaa nuotiosta. Ota mukaan ensiapulaukku, varalapaset ja -sukat sekä "
            "lämmintä juotavaa.</p>"
        ),
        "en": (
            "<p>This time there is no separate childcare: the children come on the outing with "
            "their parents. Leaders and volunteers help on the sledging hill and at the campfire. "
            "Agree in advance which adult is responsible for the fire. Bring a first-aid kit, "
            "spare mittens and socks, and warm drinks.</p>"
        ),
    },
    "interpreter_notes": {
        "fi": (
            "<p>Retkellä tulkataan liikkeessä. Sopikaa, että tärkeät ohjeet – turvallisuus, "
            "aikataulu ja kokoontumispaikka – annetaan koko ryhmälle pysähtyneenä. Termit: "
            "jokaisenoikeudet, nuotiopaikka, laavu, kerrospukeutuminen, paleltuma ja heijastin.</p>"
        ),
        "en": (
            "<p>On an outing, interpreting happens on the move. Agree that important instructions "
            "– safety, schedule and meeting point – are given to the whole group while standing "
            "still. Terms: jokaisenoikeudet (everyone's rights), nuotiopaikka (campfire site), "
            "laavu (lean-to shelter), kerrospukeutuminen (dressing in layers), paleltuma "
            "(frostbite) and heijastin (reflector).</p>"
        ),
    },
    "languages_available": ["fi", "en", "ar", "so", "ru", "uk", "ti"],
    "body": {
        "fi": [
            (
                "checklist",
                {
                    "title": "Kerrospukeutuminen pakkasella",
                    "items": [
                        "Alin kerros: villainen tai tekninen aluskerrasto, ei puuvillaa",
                        "Välikerros: fleece tai villapaita",
                        "Päällimmäinen kerros: tuulta ja lunta pitävä toppatakki tai -haalari",
                        "Pipo, kauluri, lapaset ja villasukat",
                        "Talvikengät, joissa varpailla on tilaa",
                    ],
                },
            ),
            (
                "key_phrases",
                {
                    "title": "Talvisanoja",
                    "phrases": [
                        {"finnish": "pakkanen", "translation": "Lämpötila on alle nollan."},
                        {"finnish": "liukas", "translation": "Maa on jäässä, ja voi kaatua."},
                        {
                            "finnish": "pulkka",
                            "translation": "Muovinen kelkka, jolla lasketaan mäkeä.",
                        },
                        {
                            "finnish": "nuotiopaikka",
                            "translation": "Paikka, jossa saa tehdä tulen.",
                        },
                        {
                            "finnish": "heijastin",
                            "translation": (
                                "Pieni heijastava merkki, joka näkyy pimeällä auton valoissa."
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": (
                        "<p>Jokaisenoikeuksien ansiosta saat ulkoilla metsässä ja poimia marjoja. "
                        "Tulen saa tehdä vain maanomistajan luvalla, esimerkiksi merkityllä "
                        "nuotiopaikalla. Tarkista ennen retkeä, onko alueella voimassa "
                        "metsäpalovaroitus.</p>"
                    ),
                },
            ),
        ],
        "en": [
            (
                "checklist",
                {
                    "title": "Dressing in layers in freezing weather",
                    "items": [
                        "Base layer: wool or technical underwear, not cotton",
                        "Middle layer: fleece or a wool jumper",
                        "Outer layer: a wind- and snow-proof winter jacket or snowsuit",
                        "Hat, neck warmer, mittens and wool socks",
                        "Winter shoes with room for the toes",
                    ],
                },
            ),
            (
                "key_phrases",
                {
                    "title": "Winter words",
                    "phrases": [
                        {
                            "finnish": "pakkanen",
                            "translation": "Frost: the temperature is below zero.",
                        },
                        {
                            "finnish": "liukas",
                            "translation": "Slippery: the ground is icy and you can fall.",
                        },
                        {
                            "finnish": "pulkka",
                            "translation": "Sledge: a plastic sledge for sliding down hills.",
                        },
                        {
                            "finnish": "nuotiopaikka",
                            "translation": "Campfire site: a place where you may make a fire.",
                        },
                        {
                            "finnish": "heijastin",
                            "translation": (
                                "Reflector: a small reflective tag that shows in car headlights in "
                                "the dark."
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": (
                        "<p>Everyone's rights let you walk in the forest and pick berries. You may "
                        "only make a fire with the landowner's permission, for example at a marked "
                        "campfire site. Before an outing, check whether a forest fire warning is "
                        "in force in the area.</p>"
                    ),
                },
            ),
        ],
    },
    "related_chapters": [
        ("kotoudu-kotona", "hyvinvointi-ja-vapaa-aika"),
        ("kotoudu-kotona", "turvallisuus-ja-112"),
    ],
}

# Package: Suomea arjen tilanteissa (finnish-language; fi, en)
_PKG_SUOMEA_ARJEN_TILANTEISSA = {
    "slug": "suomea-arjen-tilanteissa",
    "theme": "finnish-language",
    "audience": ["mothers", "children"],
    "duration_minutes": 120,
    "title": {"fi": "Suomea arjen tilanteissa", "en": "Finnish in everyday situations"},
    "intro": {
        "fi": (
            "Toiminnallinen kielitapaaminen, jossa harjoitellaan suomea kaupassa, kirjastossa ja "
            "päiväkodin ovella. Mukana on vapaaehtoisia suomen puhujia. Tapaaminen sopii myös "
            "niille, jotka lukevat ja kirjoittavat vielä vähän."
        ),
        "en": (
            "A hands-on language meeting where we practise Finnish in the shop, at the library and "
            "at the daycare door. Volunteer Finnish speakers take part. The meeting also suits "
            "those who still read and write only a little."
        ),
    },
    "objectives": {
        "fi": [
            "Osaan tervehtiä, esitellä itseni ja pyytää apua suomeksi.",
            "Osaan asioida kaupassa ja kirjastossa yksinkertaisilla lauseilla.",
            "Uskallan käyttää suomea, vaikka osaan sitä vielä vähän.",
            "Tiedän, missä voin harjoitella suomea joka viikko.",
        ],
        "en": [
            "I can greet people, introduce myself and ask for help in Finnish.",
            "I can manage in the shop and at the library with simple sentences.",
            "I dare to use Finnish even though I know only a little.",
            "I know where I can practise Finnish every week.",
        ],
    },
    "agenda": {
        "fi": [
            {
                "title": "Tervetuloa ja tervehdykset",
                "minutes": 15,
                "description": (
                    "Harjoitellaan piirissä tervehdyksiä ja esittäytymistä: ”Hei! Minun nimeni on "
                    "… Asun Kemissä.”"
                ),
            },
            {
                "title": "Kauppa",
                "minutes": 30,
                "description": (
                    "Roolileikki leikkikaupassa: tuotteiden nimet, hinnan kysyminen, maksaminen ja "
                    "kuitti."
                ),
            },
            {
                "title": "Tauko",
                "minutes": 10,
                "description": "Välipala. Harjoitellaan samalla ruokasanoja.",
            },
            {
                "title": "Kirjasto",
                "minutes": 25,
                "description": (
                    "Harjoitellaan kirjastokortin pyytämistä ja kirjan lainaamista. Tutustutaan "
                    "selkokirjoihin ja lasten kuvakirjoihin."
                ),
            },
            {
                "title": "Päiväkodin ovella",
                "minutes": 25,
                "description": (
                    "Lyhyitä dialogeja: lapsen hakeminen, kysymys lapsen päivästä ja poissaolon "
                    "ilmoittaminen. Harjoitellaan pareittain vapaaehtoisen kanssa."
                ),
            },
            {
                "title": "Lopetus",
                "minutes": 15,
                "description": (
                    "Jokainen kertoo yhden uuden sanan. Kerrotaan kielikahviloista ja kirjaston "
                    "tapahtumista."
                ),
            },
        ],
        "en": [
            {
                "title": "Welcome and greetings",
                "minutes": 15,
                "description": (
                    "In a circle we practise greetings and introductions: “Hei! Minun nimeni on … "
                    "Asun Kemissä.” (Hi! My name is … I live in Kemi.)"
                ),
            },
            {
                "title": "The shop",
                "minutes": 30,
                "description": (
                    "Role play in a play shop: names of products, asking the price, paying and the "
                    "receipt."
                ),
            },
            {
                "title": "Break",
                "minutes": 10,
                "description": "Snack. We practise food words at the same time.",
            },
            {
                "title": "The library",
                "minutes": 25,
                "description": (
                    "We practise asking for a library card and borrowing a book. We look at "
                    "easy-to-read books and children's picture books."
                ),
            },
            {
                "title": "At the daycare door",
                "minutes": 25,
                "description": (
                    "Short dialogues: picking up a child, asking about the child's day and "
                    "reporting an absence. Practised in pairs with a volunteer."
                ),
            },
            {
                "title": "Closing",
                "minutes": 15,
                "description": (
                    "Everyone says one new word. We tell about language cafés and library events."
                ),
            },
        ],
    },
    "spouse_tasks": {
        "fi": (
            "<p>Opetelkaa perheenä viikon aikana kymmenen uutta suomen sanaa. Kirjoittakaa ne "
            "lapuille ja kiinnittäkää lappu oikeaan paikkaan kotona: ovi, ikkuna, jääkaappi. "
            "Käykää yhdessä kirjastossa ja lainatkaa selkokirja aikuiselle ja kuvakirja "
            "lapselle.</p>"
        ),
        "en": (
            "<p>As a family, learn ten new Finnish words during the week. Write them on notes and "
            "stick each note in the right place at home: door, window, fridge. Visit the library "
            "together and borrow an easy-to-read book for an adult and a picture book for a "
            "child.</p>"
        ),
    },
    "children_tasks": {
        "fi": (
            "<p>Opeta äidille tai isälle yksi suomenkielinen laulu tai loru päiväkodista tai "
            "koulusta. Lukekaa kuvakirjaa yhdessä: lapsi kertoo kuvista suomeksi, vanhempi omalla "
            "kielellään.</p>"
        ),
        "en": (
            "<p>Teach your mum or dad one Finnish song or rhyme from daycare or school. Read a "
            "picture book together: the child talks about the pictures in Finnish, the parent in "
            "their own language.</p>"
        ),
    },
    "childcare_notes": {
        "fi": (
            "<p>Lastenhoidossa lauletaan suomenkielisiä lastenlauluja ja leikitään nimileikkejä. "
            "Lapsille, jotka eivät vielä puhu suomea, puhutaan rauhallisesti ja näytetään kuvia. "
            "Lapset saavat puhua myös omaa kieltään.</p>"
        ),
        "en": (
            "<p>In childcare the children sing Finnish children's songs and play name games. "
            "Children who do not speak Finnish yet are spoken to calmly and shown pictures. "
            "Children may also speak their own language.</p>"
        ),
    },
    "interpreter_notes": {
        "fi": (
            "<p>Tässä tapaamisessa tulkkia käytetään säästeliäästi. Ohjeet annetaan ensin "
            "selkosuomeksi ja kuvin, ja tulkki auttaa vain, jos joku ei ymmärrä. Sovi tulkin "
            "kanssa, ettei hän käännä harjoitusdialogeja, vaan äidit saavat yrittää itse. Lopuksi "
            "tulkki voi selittää uusien sanojen merkityksiä.</p>"
        ),
        "en": (
            "<p>In this meeting the interpreter is used sparingly. Instructions are given first in "
            "plain Finnish and with pictures, and the interpreter helps only if someone does not "
            "understand. Agree with the interpreter not to translate the practice dialogues, so "
            "that the mothers can try themselves. At the end the interpreter can explain the "
            "meanings of new words.</p>"
        ),
    },
    "languages_available": ["fi", "en", "ar", "so", "ckb", "prs", "ti", "ru", "uk"],
    "body": {
        "fi": [
            (
                "key_phrases",
                {
                    "title": "Arjen fraaseja",
                    "phrases": [
                        {"finnish": "Hei! Minun nimeni on …", "translation": "Kerrot nimesi."},
                        {"finnish": "Paljonko tämä maksaa?", "translation": "Kysyt hintaa."},
                        {
                            "finnish": "Saanko kuitin?",
                            "translation": "Pyydät paperin, jossa näkyy, mitä ostit.",
                        },
                        {
                            "finnish": "Haluaisin kirjastokortin.",
                            "translation": "Pyydät korttia kirjastossa.",
                        },
                        {
                            "finnish": "Puhu hitaasti, kiitos.",
                            "translation": "Pyydät toista puhumaan hitaammin.",
                        },
                        {"finnish": "En ymmärrä.", "translation": "Kerrot, ettet ymmärtänyt."},
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": (
                        "<p>Virheet eivät haittaa. Sinua ymmärretään, vaikka osaat vielä vähän. "
                        "Jos puhe on liian nopeaa, sano: ”Puhu hitaasti, kiitos.”</p>"
                    ),
                },
            ),
            (
                "checklist",
                {
                    "title": "Paikkoja harjoitella suomea",
                    "items": [
                        "Kirjaston kielikahvila",
                        "Perhekahvila ja avoin päiväkoti",
                        "Tapaamiset tukiperheen tai kummin kanssa",
                        "Yle Uutiset selkosuomeksi",
                        "Kaupan kassa ja leikkipuisto",
                    ],
                },
            ),
        ],
        "en": [
            (
                "key_phrases",
                {
                    "title": "Everyday phrases",
                    "phrases": [
                        {"finnish": "Hei! Minun nimeni on …", "translation": "Hi! My name is …"},
                        {
                            "finnish": "Paljonko tämä maksaa?",
                            "translation": "How much does this cost?",
                        },
                        {"finnish": "Saanko kuitin?", "translation": "Can I have a receipt?"},
                        {
                            "finnish": "Haluaisin kirjastokortin.",
                            "translation": "I would like a library card.",
                        },
                        {
                            "finnish": "Puhu hitaasti, kiitos.",
                            "translation": "Please speak slowly.",
                        },
                        {"finnish": "En ymmärrä.", "translation": "I don't understand."},
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": (
                        "<p>Mistakes do not matter. People understand you even if you know only a "
                        "little. If the speech is too fast, say: “Puhu hitaasti, kiitos.” (Please "
                        "speak slowly.)</p>"
                    ),
                },
            ),
            (
                "checklist",
                {
                    "title": "Places to practise Finnish",
                    "items": [
                        "The library's language café",
                        "Family café and open daycare",
                        "Meetings with your support family or godparent",
                        "Yle News in plain Finnish",
                        "The shop checkout and the playground",
                    ],
                },
            ),
        ],
    },
    "related_chapters": [
        ("kotoudu-kotona", "kieli-opiskelu-ja-tyo"),
        ("kotoudu-kotona", "varhaiskasvatus-ja-koulu"),
    ],
}

# Package: Tasa-arvo ja oikeudet Suomessa (society-rights; fi, en)
_PKG_TASA_ARVO_JA_OIKEUDET = {
    "slug": "tasa-arvo-ja-oikeudet",
    "theme": "society-rights",
    "audience": ["mothers", "spouses"],
    "duration_minutes": 120,
    "title": {"fi": "Tasa-arvo ja oikeudet Suomessa", "en": "Equality and rights in Finland"},
    "intro": {
        "fi": (
            "Tapaamisessa tutustutaan suomalaisen yhteiskunnan perusperiaatteisiin: "
            "yhdenvertaisuuteen, naisten ja miesten tasa-arvoon, lasten oikeuksiin sekä siihen, "
            "miten demokratia ja palvelut toimivat. Keskustelu on avointa ja kunnioittavaa."
        ),
        "en": (
            "In this meeting we get to know the basic principles of Finnish society: equal "
            "treatment, equality between women and men, children's rights, and how democracy and "
            "services work. The discussion is open and respectful."
        ),
    },
    "objectives": {
        "fi": [
            "Tiedän, että laki on sama kaikille ja että syrjintä on kielletty.",
            (
                "Tiedän, että naisilla ja miehillä on samat oikeudet esimerkiksi työhön, "
                "opiskeluun ja omaan rahaan."
            ),
            "Tiedän lapsen oikeuksista ja siitä, että lapsen kurittaminen on kielletty.",
            "Tiedän, mistä saan apua, jos oikeuksiani loukataan.",
        ],
        "en": [
            "I know that the law is the same for everyone and that discrimination is prohibited.",
            (
                "I know that women and men have the same rights, for example to work, study and "
                "their own money."
            ),
            (
                "I know about children's rights and that physical punishment of children is "
                "prohibited."
            ),
            "I know where to get help if my rights are violated.",
        ],
    },
    "agenda": {
        "fi": [
            {
                "title": "Tervetuloa",
                "minutes": 10,
                "description": (
                    "Kuulumiset ja päivän ohjelma kuvina. Sovitaan yhteiset keskustelusäännöt."
                ),
            },
            {
                "title": "Mikä Suomessa on tärkeää?",
                "minutes": 25,
                "description": (
                    "Kuvakortit: koulu kaikille, äänestäminen, naisten työ, lasten leikki ja "
                    "uskonnonvapaus. Keskustellaan, mikä on samaa ja mikä erilaista kuin aiemmassa "
                    "kotimaassa."
                ),
            },
            {
                "title": "Oikeudet arjessa",
                "minutes": 30,
                "description": (
                    "Tilannetarinat: nainen haluaa opiskella, lapsi kertoo saaneensa lyönnin, "
                    "työnantaja ei maksa palkkaa. Mitä oikeuksia tilanteessa on, ja mistä saa apua?"
                ),
            },
            {
                "title": "Tauko",
                "minutes": 10,
                "description": "Välipala. Äidit voivat käydä katsomassa lapsia.",
            },
            {
                "title": "Asiantuntijavieras",
                "minutes": 30,
                "description": (
                    "Esimerkiksi poliisin ennalta estävän työn edustaja tai oikeusaputoimiston "
                    "juristi kertoo oikeuksista ja vastaa kysymyksiin."
                ),
            },
            {"title": "Lopetus", "minutes": 15, "description": "Tehtäväpaketti ja palautekierros."},
        ],
        "en": [
            {
                "title": "Welcome",
                "minutes": 10,
                "description": (
                    "News and the day's programme in pictures. We agree on shared rules for "
                    "discussion."
                ),
            },
            {
                "title": "What is important in Finland?",
                "minutes": 25,
                "description": (
                    "Picture cards: school for everyone, voting, women's work, children's play and "
                    "freedom of religion. We discuss what is the same and what is different "
                    "compared with the former home country."
                ),
            },
            {
                "title": "Rights in everyday life",
                "minutes": 30,
                "description": (
                    "Situation stories: a woman wants to study, a child says she was hit, an "
                    "employer does not pay wages. What rights are there in the situation, and "
                    "where can you get help?"
                ),
            },
            {
                "title": "Break",
                "minutes": 10,
                "description": "Snack. Mothers can go and see their children.",
            },
            {
                "title": "Expert guest",
                "minutes": 30,
                "description": (
                    "For example, a police officer working in crime prevention or a lawyer from "
                    "the public legal aid office talks about rights and answers questions."
                ),
            },
            {"title": "Closing", "minutes": 15, "description": "Task package and feedback round."},
        ],
    },
    "spouse_tasks": {
        "fi": (
            "<p>Keskustelkaa yhdessä:</p>"
            "<ul>"
            "<li>Miten perheessänne päätetään rahasta, lasten asioista ja siitä, kuka opiskelee "
            "tai käy töissä?</li>"
            "<li>Mikä Suomessa on teistä hyvää, mikä vaikeaa?</li>"
            "<li>Lukekaa yhdessä omalla kielellänne InfoFinland-sivuston perhettä ja tasa-arvoa "
            "käsittelevät tekstit.</li>"
            "</ul>"
        ),
        "en": (
            "<p>Talk together:</p>"
            "<ul>"
            "<li>How does your family decide about money, the children's matters, and who studies "
            "or works?</li>"
            "<li>What do you find good in Finland, and what is difficult?</li>"
            "<li>Read together, in your own language, the texts about family and equality on the "
            "InfoFinland website.</li>"
            "</ul>"
        ),
    },
    "children_tasks": {
        "fi": (
            "<p>Jokaisella lapsella on oikeus leikkiä, käydä koulua, olla turvassa ja tulla "
            "kuulluksi. Piirrä kuva: mikä tekee sinut iloiseksi? Kouluikäiset: selvitä, mitä YK:n "
            "lapsen oikeuksien sopimuksessa sanotaan, ja kerro siitä perheelle.</p>"
        ),
        "en": (
            "<p>Every child has the right to play, go to school, be safe and be heard. Draw a "
            "picture: what makes you happy? School-age children: find out what the UN Convention "
            "on the Rights of the Child says, and tell your family about it.</p>"
        ),
    },
    "childcare_notes": {
        "fi": (
            "<p>Lastenhoidossa leikitään yhteistyöleikkejä, joissa jokainen saa vuoron, ja luetaan "
            "kuvakirja ystävyydestä. Lapsille kerrotaan, että kaikki ovat yhtä tärkeitä.</p>"
        ),
        "en": (
            "<p>In childcare the children play cooperation games where everyone gets a turn, and "
            "read a picture book about friendship. The children are told that everyone is equally "
            "important.</p>"
        ),
    },
    "interpreter_notes": {
        "fi": (
            "<p>Aiheet voivat herättää voimakkaita tunteita ja erimielisyyttä. Tulkki tulkkaa "
            "neutraalisti eikä osallistu keskusteluun. Sovi termit: yhdenvertaisuus, tasa-arvo, "
            "syrjintä, lähisuhdeväkivalta, lapsen oikeudet, demokratia, äänioikeus ja "
            "uskonnonvapaus.</p>"
            "<p>Ohjaaja huolehtii, että keskustelu pysyy kunnioittavana eikä ketään painosteta "
            "kertomaan omista kokemuksistaan.</p>"
        ),
        "en": (
            "<p>The topics can arouse strong feelings and disagreement. The interpreter interprets "
            "neutrally and does not take part in the discussion. Agree on the terms: "
            "yhdenvertaisuus (equal treatment), tasa-arvo (equality), syrjintä (discrimination), "
            "lähisuhdeväkivalta (domestic violence), lapsen oikeudet (children's rights), "
            "demokratia (democracy), äänioikeus (right to vote) and uskonnonvapaus (freedom of "
            "religion).</p>"
            "<p>The leader makes sure that the discussion stays respectful and that no one is "
            "pressured to talk about her own experiences.</p>"
        ),
    },
    "languages_available": ["fi", "en", "ar", "so", "ckb", "prs"],
    "body": {
        "fi": [
            (
                "rich_text",
                (
                    "<p>Suomalaisen yhteiskunnan perusta on, että jokainen ihminen on yhtä "
                    "arvokas.</p>"
                    "<ul>"
                    "<li>Laki on sama kaikille. Kukaan ei saa syrjiä ketään esimerkiksi alkuperän, "
                    "kielen, uskonnon, sukupuolen tai vammaisuuden vuoksi.</li>"
                    "<li>Naiset ja miehet saavat opiskella, tehdä työtä, omistaa omaisuutta ja "
                    "päättää omista asioistaan.</li>"
                    "<li>Jokainen saa valita oman uskontonsa tai olla kuulumatta mihinkään "
                    "uskontoon.</li>"
                    "<li>Lapsen kurittaminen ja kaikki väkivalta ovat kiellettyjä, myös "
                    "kotona.</li>"
                    "<li>Kansalaiset valitsevat päättäjät vaaleissa. Tarkista oma äänioikeutesi "
                    "ennen vaaleja osoitteesta vaalit.fi.</li>"
                    "</ul>"
                ),
            ),
            (
                "key_phrases",
                {
                    "title": "Sanoja oikeuksista",
                    "phrases": [
                        {
                            "finnish": "yhdenvertaisuus",
                            "translation": (
                                "Kaikki ihmiset ovat yhtä arvokkaita ja samassa asemassa lain "
                                "edessä."
                            ),
                        },
                        {
                            "finnish": "tasa-arvo",
                            "translation": "Naisilla ja miehillä on samat oikeudet.",
                        },
                        {
                            "finnish": "syrjintä",
                            "translation": (
                                "Jotakuta kohdellaan huonommin esimerkiksi hänen alkuperänsä "
                                "vuoksi."
                            ),
                        },
                        {"finnish": "äänioikeus", "translation": "Oikeus äänestää vaaleissa."},
                        {
                            "finnish": "lapsen oikeudet",
                            "translation": (
                                "Lapsella on oikeus turvaan, leikkiin, kouluun ja tulla kuulluksi."
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "note",
                    "text": (
                        "<p>Jos joku ryhmässä kertoo omista vaikeista kokemuksistaan, kiitä "
                        "luottamuksesta ja sovi kahdenkeskinen keskustelu tapaamisen jälkeen. "
                        "Välittömässä vaarassa soita 112.</p>"
                    ),
                },
            ),
        ],
        "en": [
            (
                "rich_text",
                (
                    "<p>The foundation of Finnish society is that every person is of equal "
                    "worth.</p>"
                    "<ul>"
                    "<li>The law is the same for everyone. No one may discriminate against anyone "
                    "because of, for example, origin, language, religion, gender or "
                    "disability.</li>"
                    "<li>Women and men may study, work, own property and decide about their own "
                    "matters.</li>"
                    "<li>Everyone may choose their own religion or belong to no religion.</li>"
                    "<li>Physical punishment of children and all violence are prohibited, also at "
                    "home.</li>"
                    "<li>Citizens choose decision-makers in elections. Check your own right to "
                    "vote before an election at vaalit.fi.</li>"
                    "</ul>"
                ),
            ),
            (
                "key_phrases",
                {
                    "title": "Words about rights",
                    "phrases": [
                        {
                            "finnish": "yhdenvertaisuus",
                            "translation": (
                                "Equal treatment: all people are of equal worth and equal before "
                                "the law."
                            ),
                        },
                        {
                            "finnish": "tasa-arvo",
                            "translation": "Equality: women and men have the same rights.",
                        },
                        {
                            "finnish": "syrjintä",
                            "translation": (
                                "Discrimination: someone is treated worse, for example because of "
                                "their origin."
                            ),
                        },
                        {
                            "finnish": "äänioikeus",
                            "translation": "Right to vote: the right to vote in elections.",
                        },
                        {
                            "finnish": "lapsen oikeudet",
                            "translation": (
                                "Children's rights: a child has the right to safety, play, school "
                                "and to be heard."
                            ),
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "note",
                    "text": (
                        "<p>If someone in the group talks about her own difficult experiences, "
                        "thank her for her trust and arrange a private conversation after the "
                        "meeting. In immediate danger, call 112.</p>"
                    ),
                },
            ),
        ],
    },
    "related_chapters": [
        ("kotoudu-kotona", "palvelut-ja-oikeudet"),
        ("kotoudu-kotona", "turvallisuus-ja-112"),
    ],
}


THEME_PACKAGES = [
    _PKG_PERHEEN_RAHA_ARKI,
    _PKG_NEUVOLA_TUTUKSI,
    _PKG_PAIVAKOTI_JA_KOULU,
    _PKG_ASIOINTI_KELASSA_JA_VERKOSSA,
    _PKG_TURVALLINEN_KOTI_JA_112,
    _PKG_OMA_POLKU_OPISKELUUN_JA_TYOHON,
    _PKG_AIDIN_JAKSAMINEN,
    _PKG_TALVI_JA_LUONTO,
    _PKG_SUOMEA_ARJEN_TILANTEISSA,
    _PKG_TASA_ARVO_JA_OIKEUDET,
]
