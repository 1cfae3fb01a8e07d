/*
Package generator builds a policysite: it loads and validates the content
tree, renders the privacy-notice pages, the CCTV warning signs and the
attestation forms, and publishes them into the output directory.

# The content tree

	content/
	  site.yaml                      the site: title, URL, languages, authority
	  controllers/<any>.yaml         one controller per file
	  purposes/<any>.yaml            one shared purpose per file
	  institutions/<any>.yaml        one institution per file (its current notice)
	  archive/<institution>/<YYYY-MM-DD>.yaml
	                                 earlier versions of an institution's notice

Anything else in the content directory, and folders inside controllers/,
purposes/ or institutions/, is reported as an error, so that a misnamed
folder is not silently left out. File names are free; every record names
its own id. Ids are lowercase URL
slugs: letters a–z, digits and single hyphens, starting with a letter, at
most 64 characters ("saimite", "video-surveillance"). An institution's id
is its URL path, so it may not be a language code or "accessibility",
"style", "sitemap" or "index"; the ids of its purposes and sections are
anchors on its page and must differ from one another.

# Values

Readable text is a language map with one entry per site language:

	name: {lv: Pirmsskolas izglītības iestāde "Saimīte", en: Preschool "Saimīte"}

A plain string where a language map is expected is an error: every text
people read must exist in every language of the site. Fields marked
Markdown accept CommonMark (emphasis, lists, links); raw HTML is not
rendered. On signs and forms the same parse is printed as plain text:
entities and escapes as the page shows them, a link as its text and
its address in brackets, each paragraph and list item ("• ") a line. Language-neutral values are plain strings: e-mail addresses,
phone numbers ("+371 67914650" or "67914650"), URLs (absolute http or
https), registration numbers (digits) and dates (YYYY-MM-DD, from 1990
on: an earlier date such as 0001-01-01 is a mistake and refused).

Text must not contain placeholders left from a template: "{…}" braces,
TODO, XXX, TBD or an ellipsis "…". Citing the repealed Personal Data
Protection Law (Fizisko personu datu aizsardzības likums, replaced in 2018
by the Personal Data Processing Law, Fizisko personu datu apstrādes likums)
is an error in a current notice; in an archived version (archive/…) it is
a warning ("cited as it was"), so that an old version can be archived as
it was adopted.

Text is read in Unicode NFC: Latvian saved decomposed (NFD, as macOS
editors may save it) loads and renders exactly as composed text. Text must
not hold bidirectional controls (U+200E, U+200F, U+061C, U+202A–U+202E,
U+2066–U+2069), zero-width characters (U+200B–U+200D, U+2060, U+FEFF) or
control characters other than tab and line break (NUL, ESC, CR, DEL, the
C1 controls), written or escaped; and every character must be one the PDF
fonts (Go Regular, Bold and Italic) can draw, so emoji and CJK are
refused. Each is reported at its line and column with its U+ code.

Each content file is a regular file (or a symbolic link to one) of at
most 1 MiB of valid UTF-8; a named pipe, a device or a folder in its
place is refused. YAML anchors and aliases are allowed, but not tags
(!!binary, !custom or any other written tag), nor nesting deeper than 100
levels, nor more than 200,000 nodes, counted with aliases expanded (a real
1 MiB file has about 60,000).

The field reference (from "site.yaml" to "Archived versions" below) is
generated from the table of fields of package notice (notice.Schema),
from which the loader, the encoder of policysite archive and the JSON
Schema printed by policysite schema are derived too. Each field is given
with its type and its tier: structural (the file cannot be read without
it), mandatory (the GDPR article cited requires it, possibly under a
stated condition), recommended (good practice) or optional; and with the
article or source it comes from. A field marked "or unknown" accepts
"not stated" instead of its value (see Drafts below).

# Not stated

A notice is a legal statement made under the institution's name, so
policysite never prints a fact the content does not give. Every fact a
source document can lack — the fields marked "or unknown" in the
reference: contact details, the DPO, legal bases and the laws behind
them, legitimate interests, how to withdraw consent, categories, the data
source, recipients, transfers, retention, the requirement, automated
decisions, the version and approver — may be written

	transfers: {unknown: ask the head of the preschool whether any data leave the EU/EEA}

naming what to ask and whom — in one language, or in every site language
so that a draft's page asks in its own:

	transfers:
	  unknown:
	    lv: jautājiet iestādes vadītājai, vai dati nonāk ārpus ES/EEZ
	    en: ask the head of the preschool whether any data leave the EU/EEA

The model keeps the field at its zero value
and records the gap (notice.Gap: field path, article, position, the
question); renderers print "not stated" and the question in its place,
never the zero value or a catalog sentence ("not transferred", "no
automated decision-making", "obtained from you") standing in for it. A
mandatory field that is simply left out is a gap too, with no question;
structural fields (ids, references, the purposes list, the title of the
document) stay errors. The effective date may be left out or unknown: it
is good practice, warned of (see Archived versions).

# Drafts

An institution whose notice has a gap in a mandatory fact is a draft.
The mandatory facts are those GDPR requires in this notice, each cited:
Art 13(1)(a)–(f), 13(2)(a)–(f), 14(1)(d), 14(2)(f), Art 37(1)(a) (a public
body names its DPO), Art 6(3) (the law behind legal-obligation and
public-task: laws:), Art 7(3) (how to withdraw consent: withdraw:). A
recommended fact (a phone, the version, the approver) that is missing or
not stated is a warning, not a gap.

policysite check prints a compliance report, per institution

	saimite: draft: 2 gaps
	  content/institutions/saimite.yaml:24:3: dpo: not stated (Art 37(1)(a), Art 13(1)(b)): Ask Mārupe municipality who the DPO is
	  content/institutions/saimite.yaml:74:5: purposes[pupils].withdraw: missing (Art 7(3))
	jurmalas-karte: published

and exits 0 when gaps are the only findings: the report is the to-do list
of converting an old policy. policysite build publishes only complete
notices and names the drafts it skipped (their files are not written and
the lists of institutions leave them out). What counts is the version in
force on the build date: an upcoming version (a later
document.effective) that is a draft is left out, with the announcement
of it, while the complete version in force is published with its
archive; a version in force that is a draft keeps the institution out,
even when a later version is complete, until that one takes effect.
check reports by the same rule, for the same date (-date, as build):
an institution with an upcoming version is reported per version, its
gaps under the version they belong to,

	jurmalas-karte: published (the version in force, 2023-03-01); upcoming 2027-03-01: draft: 1 gap
	  upcoming 2027-03-01:
	    content/institutions/jurmalas-karte.yaml:57:14: defaults.transfers: not stated (Art 13(1)(f)): …

build -drafts, policysite
serve, and a demonstration site (demo: true in site.yaml) render drafts
too, marked: a DRAFT banner on every page in the page's language, the
gaps listed on the notice, noindex, left out of sitemap.xml, and a
diagonal grey "MELNRAKSTS / DRAFT" watermark (in the site's languages)
behind every page of every PDF. A published notice never contains "not
stated".

# Languages

The standard wording of notices, signs and forms (headings, legal-basis
explanations, rights, dates, retention units) is a catalog of texts by
key, one file per language built into the program:
generator/i18n/catalog/lv.yaml, en.yaml and ru.yaml. Each file is a flat
map of key to text under texts:, with the CLDR plural rule of the
language under plural:. A count picks the form key.one, key.few,
key.many or key.other by that rule (Russian: 1 день, 2 дня, 5 дней;
Latvian: 1 diena, 11 dienas); a form the language does not need falls
back to key.other.

A site may declare in languages: any language for which a catalog is
built in (lv, en, ru); catalog: may still replace single texts of it.
It may also declare any other ISO 639 code when catalog: gives that
language's text for every key. The keys are those of the built-in files
(go doc policysite/generator/i18n Keys); plural forms beyond .one and
.other (unit.days.few, unit.days.many, ...) may be added and are used
when the language's rule asks for them:

	languages: [lv, en, lt]
	catalog:
	  word.and:      {lt: ir}
	  unit.days.one: {lt: diena}
	  unit.days.few: {lt: dienos}
	  ...

A language with neither is refused at its place in languages:, saying how
many keys catalog: lacks and naming the first. Every Text of the content
then needs that language too. To build a language into the program
instead, add generator/i18n/catalog/<code>.yaml with every key (the
i18n tests check that) and, if its plural rule is not yet known, the
rule in generator/i18n/plural.go.

# site.yaml

The site: title, address, languages, supervisory authority and
accessibility statement.

	title: Text (structural)
	    The site's title.
	base_url: URL (structural)
	    Where public/ is served, used for QR codes, canonical links and the
	    sitemap; no query (?) or fragment (#).
	languages: [lang] (structural)
	    The site languages, ISO 639 codes: each is required in every text and
	    needs a catalog (built in, or given by catalog:).
	default_language: lang (structural)
	    One of languages; first on signs and forms.
	authority: mapping (mandatory; Art 13(2)(d))
	    The supervisory authority people may complain to (Datu valsts
	    inspekcija).
	  name: Text (mandatory; Art 13(2)(d))
	      Its name.
	  address: string (mandatory; Art 13(2)(d))
	      Its postal address.
	  phone: phone (optional)
	      Its phone number.
	  email: e-mail (mandatory; Art 13(2)(d))
	      Its e-mail address.
	  web: URL (mandatory; Art 13(2)(d))
	      Its website.
	accessibility: mapping (mandatory; MK noteikumi Nr. 445)
	    The facts of the accessibility statement.
	  status: full | partial | none (mandatory; MK noteikumi Nr. 445)
	      Compliance with EN 301 549 / WCAG 2.1 AA.
	  assessed: date (mandatory; MK noteikumi Nr. 445)
	      When the site was last assessed.
	  method: Text (optional)
	      How it was assessed.
	  email: e-mail (mandatory; MK noteikumi Nr. 445)
	      Where to report an accessibility problem.
	  phone: phone (optional)
	      A phone number for the same.
	  issues: [Text] (optional)
	      Known accessibility problems.
	demo: true | false (optional; default false)
	    A demonstration site: build renders draft notices without -drafts,
	    marked as drafts (banner, noindex, watermark, out of the sitemap).
	catalog: {key: {lang: string}} (optional)
	    Overrides of the built-in catalog of standard texts, by key, in one or
	    more of the site languages; a language without a built-in catalog gets
	    all its texts here.
	signs: [sign] (optional; EDPB Guidelines 3/2019 para 114)
	    The CCTV warning signs each institution with video surveillance gets;
	    default A4 in colour and black and white, each bilingual and in the
	    default language only, and the bilingual colour sign in A3 and A5.
	  size: a5 | a4 | a3 (structural)
	      The paper size.
	  colour: colour | bw (structural)
	      colour: black on safety yellow; bw: black on white, for an office
	      printer.
	  bilingual: true | false (optional; default true)
	      The default language and the site's first other language; false: the
	      default language only.
	renamed: [rename] (optional)
	    Names of public bodies known to have changed, beside the built-in ones
	    (the Latvian municipalities merged in the 2021 reform, renamed state
	    bodies): a controller or institution of a current notice still named
	    old is warned.
	  old: string (structural)
	      The former name, as a notice may still write it.
	  new: string (structural)
	      The name of the body that exists now.
	  since: date (structural)
	      When the change took effect.
	  change: renamed | merged (optional; default renamed)
	      Whether the body was renamed or merged into the new one.
	  source: string (optional)
	      The act or reform behind the change.

# controllers/*.yaml

A controller (GDPR Art 4(7)), one per file, referred to by institutions.

	id: slug (structural)
	    The controller's id, referred to by institutions.
	name: Text (mandatory; Art 13(1)(a))
	    The controller's name.
	reg_no: registration number (mandatory; Art 13(1)(a); or unknown)
	    Its registration number.
	address: string (mandatory; Art 13(1)(a); or unknown)
	    Its postal address.
	phone: phone (recommended; or unknown)
	    Its phone number; good practice, the address and e-mail are the
	    contact details Art 13(1)(a) needs.
	email: e-mail (mandatory; Art 13(1)(a); or unknown)
	    Its e-mail address.
	web: URL (optional)
	    Its website.

# institutions/*.yaml

An institution and its current privacy notice, one per file;
archive/<id>/<date>.yaml holds its earlier versions in the same format. A
contact (dpo, privacy_contact, contact, breach_contact) has the fields
name, role, phone, email and address, and needs an e-mail address or a
phone.

	id: slug (structural)
	    The institution's id: its URL path, so not a language code nor
	    accessibility, style, sitemap or index.
	name: Text (mandatory; Art 13(1)(a))
	    The institution's name.
	kind: institution | service | programme (optional; default institution)
	    What the notice is about: an institution, or a service or programme
	    (e.g. a municipal card) run by its controller; the page labels a
	    service or programme as such.
	reg_no: registration number (optional)
	    Its registration number.
	address: string (mandatory; Art 13(1)(a); or unknown)
	    Its postal address.
	phone: phone (recommended; or unknown)
	    Its phone number; good practice.
	email: e-mail (mandatory; Art 13(1)(a); or unknown)
	    Its e-mail address.
	web: URL (optional)
	    Its website.
	public: true | false (optional; Art 37(1)(a); default true)
	    Whether the controller is a public body, which must appoint a DPO.
	controller: slug | controller (structural; Art 13(1)(a))
	    The id of a controller in controllers/, or the controller written
	    inline (as an archived version must).
	dpo: contact (mandatory when public; Art 37(1)(a), Art 13(1)(b); or unknown)
	    The data protection officer; a private controller without one sets
	    public: false and names a privacy_contact.
	privacy_contact: contact (mandatory when there is no dpo; Art 13(1)(a))
	    Who answers data-protection questions where there is no DPO.
	contact: contact (optional)
	    A contact person for general questions.
	document: mapping (structural)
	    The metadata of this version of the notice.
	  title: Text (structural)
	      The notice's title.
	  issued_under: Text (optional)
	      The legal act the document is issued under.
	  approved_by: Text (recommended; or unknown)
	      Who approved it; good practice.
	  effective: date (recommended; or unknown)
	      When this version took effect; good practice. A version without one
	      is in force until one with a date follows it, has no permanent
	      address of its own and cannot be archived; an archived version takes
	      it from its file name.
	  version: string (recommended; or unknown)
	      A version label, e.g. 2; good practice.
	  changes: Markdown (optional)
	      What changed since the previous version: paragraphs and lists are
	      kept.
	changes_notice: mapping (optional; WP260 paras 29-33)
	    How and how far ahead the institution announces changes of this
	    notice.
	  how: Text (optional; WP260 paras 29-33)
	      Where and how changes are announced, e.g. on the website and by
	      e-mail to parents.
	  ahead: integer 1 to 365 (optional; WP260 paras 29-33)
	      How far ahead of taking effect, with its unit.
	  unit: days | weeks | months (mandatory with ahead; WP260 paras 29-33)
	      The unit of ahead.
	defaults: mapping (optional; Art 12(1))
	    Values for every purpose that does not set them; the notice states
	    them once, for all the purposes that take them.
	  recipients: Markdown (mandatory here, in the shared purpose or in the institution's defaults; Art 13(1)(e); or unknown)
	      The recipients or categories of recipients.
	  processors: mapping (optional; Art 13(1)(e), Art 28)
	      The processors that process the data on the controller's behalf, by
	      category, by name or both; shown under their own heading. They do
	      not replace recipients.
	    categories: Markdown (optional; Art 13(1)(e))
	        The categories of processors, e.g. IT service providers.
	    named: [processor] (optional; Art 13(1)(e))
	        The processors by name, each with what it does.
	      name: string (mandatory; Art 13(1)(e))
	          The processor's name.
	      role: Text (mandatory; Art 13(1)(e))
	          What it does for the controller, e.g. hosts the website.
	  transfers: none | [transfer] (mandatory here, in the shared purpose or in the institution's defaults; Art 13(1)(f); or unknown)
	      The transfers to third countries or international organisations, or
	      none.
	    to: Text (mandatory; Art 13(1)(f))
	        The third country or organisation.
	    safeguard: adequacy-decision | standard-contractual-clauses | binding-corporate-rules | derogation (mandatory; Arts 45-49)
	        The safeguard of the transfer.
	    details: Text (optional; Art 13(1)(f))
	        Where a copy of the safeguards is available.
	  automated: none | mapping (mandatory absent means none: write unknown when the source does not say; Art 13(2)(f); default none; or unknown)
	      Automated decision-making, including profiling, or none.
	    logic: Text (mandatory; Art 13(2)(f))
	        The logic involved.
	    consequences: Text (mandatory; Art 13(2)(f))
	        Its significance and envisaged consequences.
	purposes: [purpose] (structural; Art 13(1)(c))
	    The purposes of processing, at least one: each written in full, or
	    {use: shared-id} with the fields it overrides.
	  use: slug (optional)
	      The id of a shared purpose in purposes/, or preset/<id> of a
	      built-in preset (policysite presets lists them); the other fields
	      given replace the shared purpose's. Not in a shared purpose nor in
	      an archived version.
	exercise: Markdown (optional; Art 12(2))
	    How to exercise the rights; the catalog's standard text is used around
	    it.
	requests: mapping (recommended; Art 12(2))
	    How a request to exercise a right is made; good practice. The notice
	    states the law around it (a reply within one month, extendable by two
	    further months, Art 12(3); free of charge, Art 12(5)).
	  channels: [channel] (optional; Art 12(2))
	      The ways a request may be made, at least one when given, each once.
	    channel: in-person | post | email-signed | e-adrese | email | portal (structural; Art 12(2))
	        How: in-person, post, email-signed (e-mail signed with a secure
	        electronic signature), e-adrese (the official electronic address),
	        email or portal.
	    details: Text (optional)
	        An address, the portal's name or a condition, e.g. showing an
	        identity document; required for portal.
	  identity: Markdown (optional; Art 12(6))
	      How the institution checks the identity of the person asking.
	  response: mapping (optional; Art 12(3))
	      What the institution states about its reply: its own period, at most
	      one month, and how the reply is sent; leave it out to state only the
	      law's one month.
	    period: integer 1 to 31 (optional; Art 12(3))
	        The institution's own period, with its unit: at most one month.
	    unit: days | working-days | weeks | months (mandatory with a period; Art 12(3))
	        The period's unit.
	    how: Text (optional)
	        How the reply is sent, e.g. by registered letter or e-mail as the
	        person asks.
	security: Markdown (optional; Art 32)
	    The security measures.
	cookies: Markdown (optional; ePrivacy Directive Art 5(3))
	    The website's cookies.
	sections: [section] (optional)
	    Further sections of the notice, in order.
	  id: slug (structural)
	      The section's id, its anchor on the page.
	  title: Text (structural)
	      Its heading.
	  body: Markdown (structural)
	      Its text.
	rules: mapping (recommended; Art 29, Art 32(4))
	    The institution's internal data-processing rules, which the
	    attestation form names; without them the form says that no rules are
	    named.
	  title: Text (structural)
	      The rules' title.
	  issued_under: Text (optional)
	      The issuing act or order number.
	  date: date (optional)
	      When the rules were issued.
	  approved_by: Text (optional)
	      Who approved them.
	attestation: mapping (optional; Art 29, Art 32(4))
	    The employee confidentiality form.
	  commitments: [Text] (optional)
	      Replace the catalog's default commitments; at least one when given.
	  breach_contact: contact (optional; Art 33)
	      Who staff report a suspected breach to; default the DPO (or the
	      privacy contact).
	  no_form: true | false (optional)
	      true for an institution whose staff have no duties with personal
	      data: no attestation form is made for it nor linked from its page.
	cameras: mapping (optional; EDPB Guidelines 3/2019 paras 110–121)
	    The camera register: sites with their monitored zones, places where
	    cameras are forbidden, where the warning signs hang, and short
	    wordings for the first-layer sign.
	  sign: mapping (optional)
	      Short wordings for the first-layer warning sign.
	    purpose: Text (optional)
	        What the cameras are for, in a line or two; default the video
	        purpose's description.
	    recipients: Text (optional)
	        Who receives recordings, e.g. the police on request; default none
	        on the sign (the page has them).
	  public: true | false (optional; default false)
	      Publish the printable register as <id>/camera-register.pdf; it lists
	      camera positions, so it is not published unless asked.
	  sites: [site] (optional)
	      The buildings or territories with cameras.
	    name: Text (structural)
	        A building or territory.
	    address: string (optional)
	        Its address.
	    zones: [zone] (structural)
	        The monitored zones or cameras, at least one.
	      id: slug (structural)
	          The zone's id, unique in its site.
	      location: Text (optional)
	          Where the camera or zone is.
	      monitors: Text (optional)
	          What is monitored.
	      recording: recorded | live (optional)
	          recorded, or live: viewed only.
	      retention: Text (optional; Art 13(2)(a))
	          The retention period where it differs from the purpose's.
	      access: Text (optional)
	          Who may view the images.
	    forbidden: [Text] (optional)
	        Places where cameras are not allowed, such as toilets, changing
	        rooms and medical rooms, stated as such.
	    entrances: [entrance] (optional; EDPB Guidelines 3/2019 para 113)
	        Where warning signs hang: one sign per entrance, naming the zones
	        behind it.
	      id: slug (structural)
	          The entrance's id: its sign's file name.
	      name: Text (structural)
	          The entrance, as people know it.
	      zones: [slug] (structural)
	          The ids of the zones behind it, in this site.

# purposes/*.yaml

A purpose of processing is written inline in an institution's purposes
list, or once in purposes/ and used by several institutions with {use:
id}: fields given beside use replace the shared purpose's fields of the
same name. A shared purpose may leave recipients and transfers to the
institutions' defaults. The data subject's rights are not written: they
are derived from the legal bases (see notice.Purpose.Rights).

	id: slug (structural)
	    The purpose's id, its anchor on the page.
	name: Text (mandatory; Art 13(1)(c))
	    The purpose of the processing.
	description: Markdown (optional)
	    A longer description.
	legal_basis: [basis] (mandatory; Art 13(1)(c); or unknown)
	    The legal bases of the processing, at least one, each once.
	  basis: consent | contract | legal-obligation | vital-interests | public-task | legitimate-interests (mandatory; Art 6(1))
	      The legal basis: Art 6(1)(a) to (f).
	  laws: [Text] (mandatory for legal-obligation and public-task; Art 6(3); or unknown)
	      The national laws relied on: the Member-State law behind a legal
	      obligation or public task.
	withdraw: Markdown (mandatory when a basis is consent; Art 7(3); or unknown)
	    How to withdraw consent, as easily as it was given.
	consent_covers: Text (mandatory when consent is one of two or more bases; Art 13(1)(c), Art 7(3); or unknown)
	    Which processing within the purpose rests on consent, e.g. photographs
	    for the website: what a withdrawal stops.
	children: mapping (optional; Art 8(1))
	    Who consents for a child: when the purpose rests on consent and offers
	    an information-society service directly to a child.
	  consent_by: parent | child | both (mandatory; Art 8(1))
	      parent: a parent or legal guardian; child: the child, from age;
	      both: the child from age, a parent or legal guardian below it.
	  age: integer 1 to 17 (mandatory with consent_by child or both; Art 8(1))
	      The age from which the child consents: 13 to 16 (Art 8(1)); in
	      Latvia 13 (Personal Data Processing Law, Section 33).
	acknowledge: [acknowledgement] (optional)
	    Warnings acknowledged, each with its reason: the check no longer
	    repeats them.
	  warning: public-body-legitimate-interests (structural)
	      The warning acknowledged.
	  reason: Text (structural)
	      Why the processing is right as it is.
	legitimate_interests: Markdown (mandatory when a basis is legitimate-interests; Art 13(1)(d); or unknown)
	    The legitimate interests pursued.
	direct_marketing: true | false (optional; Art 21(2)-(4); default false)
	    true for a purpose that processes data for direct marketing: the
	    notice shows the absolute right to object to it, clearly and
	    separately.
	special_categories: mapping (optional; Art 9)
	    Special categories of personal data processed.
	  data: Text (mandatory; Art 9(1))
	      Which data, e.g. health data.
	  condition: 9(2)(a) … 9(2)(j) (mandatory; Art 9(2))
	      The Art 9(2) condition that lifts the prohibition.
	  laws: [Text] (optional; Art 9(2))
	      The laws relied on.
	subjects: Text (mandatory; Art 30(1)(c))
	    Whose data: the categories of data subjects.
	categories: Markdown (mandatory; Art 14(1)(d); or unknown)
	    Which personal data.
	data_from: subject | others | both (mandatory absent means subject: write unknown when the source does not say; Art 14; default subject; or unknown)
	    Whether the data come from the person, from others or both.
	sources: Markdown (mandatory unless data_from is subject; Art 14(2)(f); or unknown)
	    Where the data come from.
	sources_public: true | false (optional; Art 14(2)(f))
	    Whether the sources include publicly accessible ones, when data_from
	    is others or both: true or false; absent, the notice says nothing
	    about it.
	recipients: Markdown (mandatory here, in the shared purpose or in the institution's defaults; Art 13(1)(e); or unknown)
	    The recipients or categories of recipients.
	processors: mapping (optional; Art 13(1)(e), Art 28)
	    The processors that process the data on the controller's behalf, by
	    category, by name or both; shown under their own heading. They do not
	    replace recipients.
	  categories: Markdown (optional; Art 13(1)(e))
	      The categories of processors, e.g. IT service providers.
	  named: [processor] (optional; Art 13(1)(e))
	      The processors by name, each with what it does.
	    name: string (mandatory; Art 13(1)(e))
	        The processor's name.
	    role: Text (mandatory; Art 13(1)(e))
	        What it does for the controller, e.g. hosts the website.
	transfers: none | [transfer] (mandatory here, in the shared purpose or in the institution's defaults; Art 13(1)(f); or unknown)
	    The transfers to third countries or international organisations, or
	    none.
	  to: Text (mandatory; Art 13(1)(f))
	      The third country or organisation.
	  safeguard: adequacy-decision | standard-contractual-clauses | binding-corporate-rules | derogation (mandatory; Arts 45-49)
	      The safeguard of the transfer.
	  details: Text (optional; Art 13(1)(f))
	      Where a copy of the safeguards is available.
	retention: mapping (mandatory; Art 13(2)(a); or unknown)
	    How long the data are kept: a period, criteria, or both.
	  period: integer 1 to 1000 (mandatory unless criteria are given; always for video surveillance; Art 13(2)(a))
	      The period, with its unit.
	  unit: days | weeks | months | years (mandatory with a period; Art 13(2)(a))
	      The period's unit.
	  from: Text (optional)
	      From when the period runs.
	  criteria: Markdown (mandatory when there is no period; Art 13(2)(a))
	      The criteria used to decide the period.
	requirement: mapping (mandatory; Art 13(2)(e); or unknown)
	    Whether providing the data is required.
	  kind: statutory | contractual | contract-precondition | voluntary (mandatory; Art 13(2)(e))
	      Statutory, contractual, a precondition of a contract, or voluntary.
	  consequence: Text (mandatory unless kind is voluntary; Art 13(2)(e))
	      What happens if the data are not provided.
	automated: none | mapping (mandatory absent means none: write unknown when the source does not say; Art 13(2)(f); default none; or unknown)
	    Automated decision-making, including profiling, or none.
	  logic: Text (mandatory; Art 13(2)(f))
	      The logic involved.
	  consequences: Text (mandatory; Art 13(2)(f))
	      Its significance and envisaged consequences.
	video: mapping (optional; Art 13(1))
	    Marks video surveillance: what the CCTV sign needs.
	  areas: [Text] (mandatory; EDPB Guidelines 3/2019)
	      The monitored areas or camera locations, at least one.
	  phone: phone (optional)
	      The phone on the sign for people without a smartphone; default the
	      institution's.
	dpo: contact (optional; Art 13(1)(b))
	    Overrides the institution's DPO for this purpose.

# Archived versions

An earlier version of an institution's notice is a file
archive/<institution>/<YYYY-MM-DD>.yaml in the institution format, with
the date of its document.effective as its name (.yml is read too). The
folder holds nothing else: a file not named by a date, a folder, or a
second version of the same date (2018-05-21.yml beside 2018-05-21.yaml)
is an error, for check and for every build, incremental or not; hidden
files (.DS_Store) are ignored. A version must be self-contained: the controller written inline and every purpose in full
(no use), so that it never changes when current content changes.
`policysite archive -institution ID` writes the current version of an
institution into the archive in that form.

Which version is current depends on the date a build publishes for
(build -date, default today): the newest version, archived or the
institution's own file, whose document.effective is not later than that
date. Later versions are upcoming: published and announced, not yet in
force. Every version is published at <lang>/<institution>/<YYYY-MM-DD>/
with its video-surveillance pages under it, and its PDFs under
<institution>/<YYYY-MM-DD>/; an earlier one is marked as superseded. A
build refuses an institution file whose content changed since the
previous build published it under the same document.effective.

A policy that states no date is written without document.effective (or
with {unknown: ...}): check warns, since a date is good practice, and
the notice is published without one. Such a version is the one in force
on every build date, after every dated one; it has no permanent address
(only <lang>/<institution>/), no entry in the change feed (a feed with
no dated version is not made), and PDFs dated 1970-01-01 in their
metadata, for reproducible output. archive refuses it (an archived
version is named by its date), and the build refuses an edit of such a
notice once published, until the changed text is given its date. An
archived version without document.effective takes it from its file name.

# Validation

Checking and building report every problem at once, sorted by file and
position, one per line, in the form

	content/institutions/saimite.yaml:14:7: purposes[cctv].retention: missing English (en) text

Besides the field rules above: unknown fields (with the nearest known one
suggested), values of the wrong type, duplicate ids, references to
controllers or shared purposes that do not exist, and the conditional
rules of the GDPR — legitimate-interests needs the interests stated, a
transfer its safeguard, special categories their Art 9(2) condition, data
not from the person their source, video surveillance its areas and a
retention period — are errors too, as are interests stated where
legitimate-interests is not a basis. What the law excludes is an error:
consent as the only basis of data a law or a contract requires
(requirement statutory or contractual, Art 7(4)), and a withdrawal route
where consent is not a basis. What it requires and the content does not
state is a gap (see Drafts).

The constructs of real policies have their own rules. A purpose with
consent among two or more bases must say which processing rests on
consent (consent_covers; a gap when absent, Art 13(1)(c), 7(3)), and
consent_covers, children or withdraw without consent as a basis are
errors. children: consent_by parent takes no age; child or both need the
age from which the child consents, 13 to 16 (Art 8(1)); an age other than
13 is warned of on a Latvian site (Personal Data Processing Law, Section
33). sources_public is for data not from the person (data_from others or
both; Art 14(2)(f)); absent, the notice says nothing about public
sources. processors need categories, named processors or both, and do not
replace recipients. direct_marketing: true shows the absolute right to
object to direct marketing (Art 21(2)-(3)); every right to object is
shown clearly and separately from the other rights (Art 21(4)).
requests: each channel once, a portal named; response states only the
institution's own period and how it replies — a period that can exceed
one month is an error (Art 12(3)); the law's one month, its extension and
that requests are free of charge (Art 12(5)) are stated by the catalog
on every notice. changes_notice needs how or ahead (with its unit);
every complaint section adds that a complaint may also be lodged in the
member state of habitual residence, place of work or of the alleged
infringement (Art 77(1)). Values in defaults are stated once on the
notice, as common to all purposes that take them (Art 12(1)).

policysite schema prints the JSON Schema of the content files for the
site's languages, for editors to check content as it is written. It states
the field rules, the codes, the patterns of values, placeholders and
refused characters, and most conditional rules; references between files,
duplicate ids and anchors, a basis listed twice, the recipients and
transfers a purpose takes from defaults or a shared purpose, the catalog,
the PDF fonts and the repealed law in any letter case are checked by
policysite check alone.

Warnings are printed, each as "warning: " and the same form, but stop
nothing: a public body (public: true) that relies on legitimate interests
is warned that GDPR Art 6(1) excludes them for processing in the
performance of its tasks. Where the processing lies outside its tasks,
the purpose says so, and the warning stops repeating:

	acknowledge:
	  - warning: public-body-legitimate-interests
	    reason: {lv: …, en: The cameras protect the building, not a task of the school}

Likely mistakes are warned of too, in current
notices, site.yaml, controllers/ and purposes/ (not in archived versions,
which are kept as they were):

  - a DPO e-mail address or phone that is the institution's or the
    controller's general one (phones compared by their digits, +371 or
    not): people should reach the DPO directly (Art 37(7), 38(4));
  - an example or reserved domain in base_url, in any e-mail or URL field,
    or in a URL or e-mail address written in a text: a host with the
    label example anywhere (example.com, example.lv, privatums.example.lv,
    x.example), or under .test, .invalid or .localhost, or localhost;
  - a text the same in two site languages, when it is 20 characters or
    longer and holds a space (shorter texts and single words, such as a
    law's short name or a code, are often the same); name fields are not
    compared, as a body may keep its name in its own language;
  - a controller or institution named as a body that no longer exists:
    the built-in rule pack (generator/notice/renamed.yaml) holds the
    Latvian municipalities merged in the 2021 administrative-territorial
    reform, as "X novada pašvaldība" and "X novada dome" (Babītes →
    Mārupes, Baldones → Ķekavas, Ikšķiles, Ķeguma and Lielvārdes → Ogres,
    Carnikavas → Ādažu, and others), and renamed state bodies; site.yaml's
    renamed: adds more. Names are compared ignoring letter case and runs
    of spaces;
  - an institution whose attestation form names no internal rules (no
    rules:, and no_form not set).

The attestation form names the institution's internal data-processing
rules (rules:), not the public privacy notice, and its default
commitments include those of Art 29 and 32(4): to process personal data
only on the controller's instructions and only as far as one's duties
need, to keep confidentiality also after the employment ends, and to
report a suspected breach to the breach contact. An institution that gives
its own commitments and a breach_contact gets the breach commitment after
its own. attestation: {no_form: true} switches the form off: no
attestation.pdf is made, its page does not link one, and policysite forms
refuses the institution.
*/
package generator
