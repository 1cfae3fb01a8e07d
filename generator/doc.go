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
rendered. Language-neutral values are plain strings: e-mail addresses,
phone numbers ("+371 67914650" or "67914650"), URLs (absolute http or
https), registration numbers (digits) and dates (YYYY-MM-DD, from 1990
on: an earlier date such as 0001-01-01 is a mistake and refused).

Text must not contain placeholders left from a template: "{…}" braces,
TODO, XXX, TBD or an ellipsis "…". Citing the repealed Personal Data
Protection Law (Fizisko personu datu aizsardzības likums, replaced in 2018
by the Personal Data Processing Law, Fizisko personu datu apstrādes likums)
is an error.

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

# site.yaml

	title:            Text          the site's title
	base_url:         URL           where public/ is served; used for QR codes,
	                                canonical links and the sitemap; no query
	                                (?) or fragment (#)
	languages:        [lv, en]      the site languages; each is required in every Text
	                                and needs a catalog (see Languages)
	default_language: lv            one of languages; first on signs and forms
	authority:                      the supervisory authority (Datu valsts inspekcija)
	  name:    Text
	  address: string
	  phone:   phone     (optional)
	  email:   e-mail
	  web:     URL
	accessibility:                  the accessibility statement (MK noteikumi Nr. 445)
	  status:   full | partial | none   compliance with EN 301 549 / WCAG 2.1 AA
	  assessed: date                    when it was last assessed
	  method:   Text      (optional)    how it was assessed
	  email:    e-mail                  where to report a problem
	  phone:    phone     (optional)
	  issues:   [Text]    (optional)    known problems
	catalog:                        (optional) overrides of the built-in catalog
	  <key>: {<lang>: string, ...}  in one or more of the site languages; the
	                                others keep their catalog text (see Languages)

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

# controllers/*.yaml

	id:      slug
	name:    Text
	reg_no:  string     registration number
	address: string
	phone:   phone
	email:   e-mail
	web:     URL        (optional)

# institutions/*.yaml

	id:       slug       the institution's URL path
	name:     Text
	reg_no:   string     (optional)
	address:  string
	phone:    phone
	email:    e-mail
	web:      URL        (optional)
	public:   bool       (optional, default true) a public body must have a DPO
	controller: slug     id of a controller in controllers/; may be written
	                     inline as a controller mapping instead
	dpo:                 the data protection officer (required when public)
	  name:    string    (optional: the role may be published without a name)
	  role:    Text      (optional)
	  phone:   phone     (optional)
	  email:   e-mail
	  address: string    (optional)
	privacy_contact: contact  (optional; required when there is no dpo)
	contact:  contact    (optional) a contact person for general questions
	document:
	  title:        Text
	  issued_under: Text  (optional) the legal act the document is issued under
	  approved_by:  Text  (optional)
	  effective:    date  when this version took effect
	  version:      string (optional)
	  changes:      Text  (optional) what changed since the previous version
	defaults:            (optional) values for every purpose that does not set them
	  recipients: Markdown
	  transfers:  none | [transfer]
	  automated:  none | automated
	purposes:  [purpose]   at least one; a purpose or {use: shared-id, ...overrides}
	exercise:  Markdown  (optional) how to exercise rights
	security:  Markdown  (optional) security measures
	cookies:   Markdown  (optional) the website's cookies
	sections:  (optional) further sections of the notice
	  - id: slug
	    title: Text
	    body: Markdown
	attestation: (optional)
	  commitments:    [Text]   replace the catalog's default commitments
	  breach_contact: contact  who staff report a breach to (default: the DPO)
	cameras:   (optional) the camera register (see below)

# The camera register

An institution with video surveillance may describe its cameras. Every
fact is optional except a site's name and a zone's id: write only what
the institution's documents say; what is left out is printed as "not
stated in the institution's documents", never guessed.

	cameras:
	  sign:                (optional) short wordings for the warning sign
	    purpose:    Text   what the cameras are for, in a line or two
	                       (default: the video purpose's description)
	    recipients: Text   who receives recordings, e.g. the police on request
	                       (default: not on the sign; the page has them)
	  public: bool         (optional, default false) publish the printable
	                       register as <id>/camera-register.pdf; it lists camera
	                       positions, so it is not published unless asked
	  sites:
	    - name:    Text    a building or territory
	      address: string  (optional)
	      zones:
	        - id:        slug  unique in the site
	          location:  Text  (optional) where the camera or zone is
	          monitors:  Text  (optional) what is monitored
	          recording: recorded | live   (optional; live: view only)
	          retention: Text  (optional) where it differs from the purpose's
	          access:    Text  (optional) who may view the images
	      forbidden: [Text]    (optional) places where cameras are not allowed,
	                           such as toilets, changing rooms, medical rooms
	      entrances:           (optional) where warning signs hang
	        - id:    slug
	          name:  Text
	          zones: [zone id] the zones behind the entrance

The register drives the zones on the video-surveillance page, one set of
warning signs per entrance (<id>/cctv-sign-<entrance>-<size>-…pdf, naming
the zones behind it), and the printable register. The warning sign must
fit one A4 page at 24 pt: check names the text to shorten when it does
not (usually cameras.sign.purpose or cameras.sign.recipients).

# Purposes

A purpose is written inline in an institution's purposes list, or once in
purposes/ and used by several institutions with {use: id}; fields given
beside use replace the shared purpose's fields of the same name.

	id:          slug
	name:        Text
	description: Markdown  (optional)
	legal_basis:           at least one, GDPR Art 6(1)
	  - basis: consent | contract | legal-obligation | vital-interests |
	           public-task | legitimate-interests
	    laws:  [Text]      (optional) the national laws relied on
	legitimate_interests: Markdown  required when a basis is legitimate-interests
	special_categories:    (optional) GDPR Art 9 data
	  data:      Text
	  condition: 9(2)(a) … 9(2)(j)
	  laws:      [Text]    (optional)
	subjects:    Text      whose data
	categories:  Markdown  which personal data
	data_from:   subject | others | both   (optional, default subject)
	sources:     Markdown  required unless data_from is subject (Art 14(2)(f))
	recipients:  Markdown  required here or in defaults
	transfers:   none | list, required here or in defaults (Art 13(1)(f))
	  - to:        Text     the third country or organisation
	    safeguard: adequacy-decision | standard-contractual-clauses |
	               binding-corporate-rules | derogation
	    details:   Text     (optional)
	retention:             (Art 13(2)(a)) a period, criteria, or both
	  period:   integer > 0
	  unit:     days | weeks | months | years
	  from:     Text       (optional) from when the period runs
	  criteria: Markdown   required when there is no period
	requirement:           (Art 13(2)(e))
	  kind:        statutory | contractual | contract-precondition | voluntary
	  consequence: Text    of not providing the data; required unless voluntary
	automated:   none | {logic: Text, consequences: Text}  (optional, default none)
	video:                 (optional) marks video surveillance
	  areas: [Text]        monitored areas or camera locations, at least one
	  phone: phone         (optional) the sign's phone; default the institution's
	dpo:         contact   (optional) overrides the institution's DPO

The data subject's rights are not written: they are derived from the legal
bases (see notice.Purpose.Rights).

# Archived versions

An earlier version of an institution's notice is a file
archive/<institution>/<YYYY-MM-DD>.yaml in the institution format, with
the date of its document.effective as its name (.yml is read too). The
folder holds nothing else: a file not named by a date, a folder, or a
second version of the same date (2018-05-21.yml beside 2018-05-21.yaml)
is an error, for check and for every build, incremental or not; hidden
files (.DS_Store) are ignored. A version must be self-contained: the controller written inline and every purpose in full
(no use), so that it never changes when current content changes. Its
page is published at <lang>/<institution>/<YYYY-MM-DD>/, marked as
superseded. `policysite archive -institution ID` writes the current
version of an institution into the archive in that form.

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
legitimate-interests is not a basis.

Warnings are printed, each as "warning: " and the same form, but stop
nothing: a public body (public: true) that relies on legitimate interests
is warned that GDPR Art 6(1) excludes them for processing in the
performance of its tasks.
*/
package generator
