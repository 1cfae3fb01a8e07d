/*
Package pdf makes the PDF files of a policysite build: the CCTV warning
sign of each institution with video surveillance (EDPB Guidelines 3/2019,
the first layer) and the employee attestation form with its signature
sheet. Both are printed in black and white, in every language of the
site, the default language first.

A Maker is made once per build (New) and is safe for concurrent use; Sign
and Form return the bytes of one document and never touch the disk.
The staff list that pre-filled forms are made from is read by package
policysite/generator/staff.

# The sign

One A4 page (A3 is the same layout scaled by √2): a camera pictogram drawn
as vectors and the heading "Videonovērošana / Video surveillance", the
institution, then one row per fact with a column per language: the
controller with its registration number and contacts, the purposes (name
and description), the legal basis, the legitimate interests where
GDPR 6(1)(f) is a basis, the monitored areas, the retention period,
transfers to third countries or that there are none, the DPO (or the
contact for data-protection questions of a controller without one), and
the rights with the complaint to the supervisory authority. Facts that
all the institution's video-surveillance purposes share are printed once;
facts that differ are numbered by purpose. The footer has a QR code per
purpose to its page on the site in the default language (the second
layer), the address printed beside it, and the phone number for people
without a smartphone (the first purpose's video phone, else the
institution's). With more than three languages the columns would be too
narrow, and the languages follow one another in one column.

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
widths the PDF carries. The body starts at 14 pt on the sign and 11 pt on
the form and shrinks in half points until everything fits; it never goes
below 9 pt. What does not fit at 9 pt continues on a further page: a row
is split between lines (at least three lines before the break and two
after), a continuation page of a sign repeats the heading and the first
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
