/*
Package pdf makes the PDF files of a policysite build: the CCTV warning
signs of each institution with video surveillance (EDPB Guidelines
3/2019, the first layer), its CCTV information sheet (the second layer
on paper), its camera register, and the employee attestation form with
its signature sheet.

A Maker is made once per build (New) and is safe for concurrent use;
WarningSign, Sheet, CameraRegister and Form return the bytes of one
document and never touch the disk. Documents are laid out as pages of
drawing operations (draw.go) and only render.go writes them with fpdf.
The staff list that pre-filled forms are made from is read by package
policysite/generator/staff.

# The warning sign

WarningSign makes the first layer of EDPB Guidelines 3/2019 (paras
110–121): one page, read at two metres before entering the monitored
area. A camera pictogram in the style of safety signs (a square frame,
the camera drawn as vector paths, 10 % of the page) beside the heading
"Video-/novērošana" (the catalog's sign.short.heading, with its line
breaks), then only the first-layer facts in the catalog's short
wordings: the controller and its phone, the purpose (the register's
cameras.sign.purpose, else the purpose's description), legitimate
interests where they are a basis, the recipients where the register
states them (cameras.sign.recipients), the retention period, transfers
if there are any, the DPO's contact and the rights in one line; at the
foot a QR code to the purpose's page in the default language, its
address and the phone for people without a smartphone. A sign for an
entrance of the camera register first names the zones behind it.

Body text is 26 pt, or 24 pt where that is needed to fit, on A4; the
heading is 50 pt. A5 and A3 scale the A4 layout (1/√2, √2). Colour signs
are black on safety yellow (#FFCC00, contrast 13.9:1), black-and-white
ones black on white (21:1). A bilingual sign is in the default language
and the site's first other language (upright, then italics); a
default-language sign in that language only. Text is never shrunk below
24 pt nor continued on a second page: SignFits lays the signs out
without rendering and names the text to shorten, with its position,
which check reports; WarningSign refuses a sign that does not fit.

# The information sheet

Sheet is the second layer on paper (A4, for a reception desk): the
pictogram and heading, then one row per fact with a column per
language: the controller with its registration number and contacts,
then per purpose its facts together (name and description, legal basis,
legitimate interests, monitored areas, recipients, retention,
transfers), numbered when there are several, the DPO (or the contact
for data-protection questions of a controller without one), and the
rights with the complaint to the supervisory authority. The footer has
a QR code per purpose to its page on the site in the default language,
the address printed beside it, and the phone number for people without
a smartphone (the first purpose's video phone, else the institution's).
With more than three languages the columns would be too narrow, and the
languages follow one another in one column.

# The camera register

CameraRegister prints an institution's camera register (A4 landscape,
in the default language) for the DPO: per site a row per monitored zone
(location, what is monitored, recorded or live only, retention, who sees
the images), the places where cameras are not allowed and the entrances
where signs hang. A fact the register does not give reads "not stated
in the documents".

# The form

The institution and its controller (name, registration number, address),
the title, version and effective date of the rules, the numbered
commitments — the catalog's form.commitment.* keys, naming the breach
contact (the attestation's breach contact, else the DPO), or the
institution's own — and lines for name, position, date and signature with
room to write. A blank form has a second page: a signature sheet with
numbered rows for No., name, position, date and signature. A form
pre-filled for a person has no signature sheet.

# Fitting the text

Text is laid out by this package (wrapping at spaces, inside a word only
for addresses wider than a column), measured with the same rounded glyph
widths the PDF carries. The body starts at 14 pt on the sheet and 11 pt on
the form and shrinks in half points until everything fits; it never goes
below 9 pt. What does not fit at 9 pt continues on a further page: a row
is split between lines (at least three lines before the break and two
after), a continuation page of a sheet repeats the heading and the first
QR code, and pages are numbered. Markdown fields are printed as plain
text.

# Fonts

The fonts are the Go fonts (golang.org/x/image/font/gofont: Go Regular,
Go Bold and Go Italic), embedded in the binary, under the same BSD-style
licence as Go (https://go.dev/LICENSE). They cover Latin, Greek and
Cyrillic; a character outside them is an error naming it, not a blank
box.

fpdf's UTF-8 font support re-parses the whole TrueType file for every
document, marshals a 65,536-entry width table and compresses a 128 KiB
CIDToGIDMap per font (about 10 ms a document); instead the faces are
parsed once per Maker, and each document uses simple TrueType fonts with
an encoding made for its characters (see render.go). The embedded fonts
are subsets (glyph ids kept, outlines only for the characters of the
document's character pages), compressed once per Maker and reused. Page
content is left uncompressed: fpdf allocates a new zlib writer for every
page, which was most of the time of a document; the fonts, the bulk of a
file, are compressed. Text extraction (pdftotext) gives the characters
back, Latvian letters included.

# Determinism

The same input gives the same bytes: the creation and modification dates
are the effective date of the institution's document, fpdf's catalog sort
is on, and nothing depends on map order or the clock.
*/
package pdf
