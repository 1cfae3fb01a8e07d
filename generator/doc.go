/*
Package generator builds a policysite: it loads and validates the content
tree (Check), renders every output of each institution — the
privacy-notice pages, the CCTV signs, sheet and camera register, the
attestation form, the JSON-LD notice and the Atom feeds, one list that
Build walks — and publishes them into the output directory. What is not
published is made here too: pre-filled attestation forms (Forms), a
controller's record of processing activities (Register), an archived
version (Archive) and the legal diff of two versions (Diff).

The rest of this documentation specifies the content format that Check
and Build read.

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

The field reference — every field of site.yaml, controllers/,
institutions/ and purposes/ with its type, its tier (structural,
mandatory, recommended or optional) and the article or source it comes
from — is in the package documentation of [policysite/generator/notice]
(go doc policysite/generator/notice). It is generated from the table of
fields of that package (notice.Schema), from which the loader, the encoder of
policysite archive and the JSON Schema printed by policysite schema are
derived too. A field marked "or unknown" there accepts "not stated"
instead of its value (see Drafts below).

# Not stated

A notice is a legal statement made under the institution's name, so
policysite never prints a fact the content does not give. Every fact a
source document can lack — the fields marked "or unknown" in the field
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

Besides the field rules of the reference: unknown fields (with the nearest known one
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
