package main

import (
	"policysite/generator/notice"

	"math/rand/v2"
	"strings"
	"unicode"
	"unicode/utf8"
)

// lvWords is the Latvian vocabulary of the synthetic text: words of a
// privacy notice, with every Latvian letter among them.
const lvWords = `apstrāde personas dati datu subjekts pārzinis iestāde izglītojamais
vecāki aizbildņi darbinieki apmeklētāji informācija nolūks tiesības
pienākums likums noteikumi glabāšana termiņš drošība piekļuve labošana
dzēšana ierobežošana iebildumi sūdzība inspekcija pašvaldība skola
pirmsskola izglītība mācību process dienasgrāmata sekmes veselība ēdināšana
pakalpojums līgums piekrišana pieteikums iesniegums arhīvs dokumenti
sarakste tālrunis adrese vārds uzvārds dzimšanas datums klase grupa
pedagogs direktors vadītājs speciālists komisija sanāksme pasākums
fotogrāfijas videoieraksts kameras teritorija ēka telpas gaitenis
ieeja pagalms stāvvieta sporta zāle bibliotēka ģērbtuve kabinets
regulāri pamatoti nepieciešami atbilstoši drošā veidā tikai pilnvarotas
personas šifrēti rezerves kopijas žurnāls pārbaude ārējie saņēmēji
valsts informācijas sistēma ministrija dienests tiesa policija ārsts
medmāsa ģimenes ķermeņa temperatūra alerģijas uztura ierobežojumi
mācību gada beigās pēc līguma izbeigšanas līdz izglītības ieguvei
kārtība saskaņā ar normatīvajiem aktiem attiecīgi publiskots
apliecinājums konfidencialitāte ņemot vērā šķēršļi čaklums žēlsirdība
ūdens gaisma ceļš lūgums atbilde uzdevums mērķis ieguvums`

// enWords is the English vocabulary of the synthetic text.
const enWords = `processing personal data subject controller institution pupil
parents guardians staff visitors information purpose rights obligation law
regulations storage period security access rectification erasure
restriction objection complaint inspectorate municipality school preschool
education learning process register grades health catering service contract
consent application request archive documents correspondence phone address
name surname date of birth class group teacher principal head specialist
committee meeting event photographs video recording cameras premises
building rooms corridor entrance yard car park gym library changing room
office regularly lawfully necessary accordingly securely only authorised
persons encrypted backup copies log review external recipients state
information system ministry service court police doctor nurse family body
temperature allergies dietary restrictions at the end of the school year
after the contract ends until education is completed procedure in
accordance with the regulations published attestation confidentiality
taking into account obstacles diligence water light way request answer
task aim benefit`

// words is a vocabulary per language.
type words map[string][]string

// newWords splits the built-in vocabularies.
func newWords() words {
	return words{"lv": strings.Fields(lvWords), "en": strings.Fields(enWords)}
}

// textGen makes deterministic pseudo-text from a seeded generator.
type textGen struct {
	r     *rand.Rand
	vocab words
}

// word returns a random word of lang.
func (g *textGen) word(lang string) string {
	v := g.vocab[lang]
	return v[g.r.IntN(len(v))]
}

// phrase returns n random words of lang.
func (g *textGen) phrase(lang string, n int) string {
	w := make([]string, n)
	for i := range w {
		w[i] = g.word(lang)
	}
	return strings.Join(w, " ")
}

// sentence returns a capitalised sentence of min to max words. With md
// set, some words are emphasised with Markdown.
func (g *textGen) sentence(lang string, min, max int, md bool) string {
	n := min + g.r.IntN(max-min+1)
	w := make([]string, n)
	for i := range w {
		w[i] = g.word(lang)
		if md && i > 0 && g.r.IntN(30) == 0 {
			if g.r.IntN(2) == 0 {
				w[i] = "*" + w[i] + "*"
			} else {
				w[i] = "**" + w[i] + "**"
			}
		}
	}
	return capitalize(strings.Join(w, " ")) + "."
}

// sentences returns n sentences separated by spaces.
func (g *textGen) sentences(lang string, n int, md bool) string {
	s := make([]string, n)
	for i := range s {
		s[i] = g.sentence(lang, 5, 11, md)
	}
	return strings.Join(s, " ")
}

// list returns a Markdown bullet list of n short items.
func (g *textGen) list(lang string, n int) string {
	s := make([]string, n)
	for i := range s {
		s[i] = "- " + capitalize(g.phrase(lang, 2+g.r.IntN(4)))
	}
	return strings.Join(s, "\n")
}

// capitalize upper-cases the first letter of s.
func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// perLang calls f once per language and collects the results as Text.
func perLang(langs []string, f func(lang string) string) notice.Text {
	t := notice.Text{}
	for _, l := range langs {
		t[l] = f(l)
	}
	return t
}
