/*
Package notice is the model of a policysite's content and its loading:
what a site, a controller, an institution and a purpose of processing
are (model.go, purposefacts.go and their neighbours), the one table of
fields they are read by (Schema), and how a content tree is read,
validated and its gaps found.

Open reads site.yaml, controllers/ and purposes/ of a content tree into a
Tree, from which a build loads one institution at a time; LoadFS loads all
of it at once. Either reports every problem, positioned (file:line:col:
field: message) and sorted, in an ErrorList, and a fact the content leaves
out or marks {unknown: ...} as a Gap. Marshal writes an institution back
as self-contained YAML (policysite archive); JSONSchema states the table
as a JSON Schema (policysite schema); Schedule picks the version of a
notice in force on a date.

The table of fields (fields.go, fields_institution.go, fields_purpose.go:
each Field with its Key, Kind, Tier, Article, Doc and Go, the name of the
model field it fills) drives the decoder (walk.go), the encoder, the JSON
Schema and the field reference below. Adding a field is one entry in the
table and one field in the model struct; rules the table cannot state
are in validate.go, rules.go and gap.go.

The content format as a whole (the tree, values, "not stated", drafts,
languages, archived versions, validation) is described in the package
documentation of [policysite/generator] (go doc policysite/generator).

# Field reference

Each field is given with its type and its tier: structural (the file
cannot be read without it), mandatory (the GDPR article cited requires
it, possibly under a stated condition), recommended (good practice) or
optional; and with the article or source it comes from. A field marked
"or unknown" accepts "not stated" instead of its value. The sections
from here to the end are generated from the table by Reference; a test
fails when they drift (go test ./generator/notice -run DocReference
-update rewrites them).

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
	publish_register: true | false (optional; Art 30(1); default false)
	    Publish each institution's part of its controller's record of
	    processing activities as <id>/register.csv (CSV, the site's default
	    language). Without it the record is an internal document, written by
	    policysite register.
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
*/
package notice
