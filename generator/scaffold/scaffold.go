// Package scaffold writes the skeletons of content files: a new site for
// policysite init, and an institution or a purpose for policysite new.
// Its functions return bytes; the command writes them.
//
// A new site is an example that checks and builds clean: its institution,
// controller and addresses are named as examples (Parauga skola / Example
// School, example.lv) for the user to replace. A skeleton added to an
// existing site instead holds TODO where a fact is needed, so that check
// refuses it, at each such value, until the facts are given: nothing a
// user has not written can be published under the institution's name.
//
// Both write {unknown: "what to ask and whom"} for the facts an officer
// converting a policy often has to ask for, not look up: the DPO (ask the
// controller) and transfers outside the EU/EEA (ask the IT department),
// and, in a blank purpose, the retention period (ask the records
// manager). They are gaps, not errors: check lists them as the to-do
// list of a draft, and build publishes the notice only once they are
// stated. The example site says demo: true, so that build renders its
// draft marked as a draft; the user deletes that line with the examples.
package scaffold

import (
	"bytes"
	"embed"
	"fmt"
	"text/template"
)

//go:embed skeleton/*.yaml
var skeletons embed.FS

var templates = template.Must(template.New("").Option("missingkey=error").ParseFS(skeletons, "skeleton/*.yaml"))

// Mark is the value a skeleton leaves where the user must give a fact:
// check refuses it as a placeholder.
const Mark = "TODO"

// SchemaDir is the folder, in the content directory, of the JSON Schemas
// that init writes for editors; dot-folders are not part of the content.
const SchemaDir = ".policysite"

func execute(name string, v map[string]string) ([]byte, error) {
	var b bytes.Buffer
	if err := templates.ExecuteTemplate(&b, name, v); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// examplePurpose returns the values of the purpose of the example site.
func examplePurpose() map[string]string {
	return map[string]string{
		"ID": "submissions", "NameLV": "Iesniegumu izskatīšana", "NameEN": "Handling submissions",
		"DescLV": "Iesniegumu, sūdzību un priekšlikumu reģistrēšana, izskatīšana un atbildes sniegšana.",
		"DescEN": "Registering, handling and answering submissions, complaints and proposals.",
		"Basis":  "legal-obligation", "LawLV": "Iesniegumu likums", "LawEN": "Law on Submissions",
		"SubjectsLV": "Iesniedzēji", "SubjectsEN": "Applicants",
		"CategoriesLV": "Vārds, uzvārds, kontaktinformācija un iesniegumā sniegtā informācija.",
		"CategoriesEN": "Name, surname, contact details and the information given in the submission.",
		"RecipientsLV": "Iestādes pilnvaroti darbinieki.", "RecipientsEN": "The institution's authorised employees.",
		"RetentionLV":   "Tik ilgi, cik nosaka iestādes lietu nomenklatūra.",
		"RetentionEN":   "As long as the institution's file plan sets.",
		"RetentionAsk":  "",
		"Requirement":   "statutory",
		"ConsequenceLV": "Bez iesniedzēja vārda, uzvārda un adreses iesniegumu nevar izskatīt.",
		"ConsequenceEN": "Without the applicant's name, surname and address, a submission cannot be dealt with.",
	}
}

// blank returns the values of a skeleton whose every fact is Mark, with
// the given ones set.
func blank(keys []string, set map[string]string) map[string]string {
	v := map[string]string{}
	for _, k := range keys {
		v[k] = Mark
	}
	for k, s := range set {
		v[k] = s
	}
	return v
}

var purposeKeys = []string{"ID", "NameLV", "NameEN", "DescLV", "DescEN", "Basis", "LawLV", "LawEN",
	"SubjectsLV", "SubjectsEN", "CategoriesLV", "CategoriesEN", "RecipientsLV", "RecipientsEN",
	"RetentionLV", "RetentionEN", "RetentionAsk", "Requirement", "ConsequenceLV", "ConsequenceEN"}

var institutionKeys = []string{"Schema", "Mark", "ID", "NameLV", "NameEN", "Address", "Phone", "Email",
	"Controller", "TitleLV", "TitleEN", "Today", "Purpose", "Intro"}

// retentionAsk is what a blank purpose asks about its retention period.
const retentionAsk = "Jautājiet lietvedim vai arhīvam, cik ilgi šos datus glabā pēc normatīvajiem aktiem un iestādes lietu nomenklatūras."

// Purpose returns a blank purpose id written in full, as an item of an
// institution's purposes list indented by two spaces.
func Purpose(id string) ([]byte, error) {
	return execute("purpose.yaml", blank(purposeKeys, map[string]string{"ID": id, "RetentionAsk": retentionAsk}))
}

// Institution returns a blank institution id of controller (Mark when
// not known) with one blank purpose, for a file of institutions/ whose
// editor schemas are at schema (a path ending in /).
func Institution(id, controller, schema string) ([]byte, error) {
	p, err := Purpose("first-purpose")
	if err != nil {
		return nil, err
	}
	if controller == "" {
		controller = Mark
	}
	return execute("institution.yaml", blank(institutionKeys, map[string]string{
		"Schema": schema, "Mark": Mark, "ID": id, "Controller": controller, "Purpose": string(bytes.TrimRight(p, "\n")), "Intro": "",
	}))
}

// exampleInstitution returns the institution of the example site.
func exampleInstitution(today string) ([]byte, error) {
	p, err := execute("purpose.yaml", examplePurpose())
	if err != nil {
		return nil, err
	}
	return execute("institution.yaml", map[string]string{
		"Schema": "../" + SchemaDir + "/", "Mark": Mark, "ID": "parauga-skola",
		"NameLV": "Parauga skola", "NameEN": "Example School",
		"Address": "Parauga iela 1, Rīga, LV-1000", "Phone": "+371 60000000", "Email": "skola@example.lv",
		"Controller": "parauga-pasvaldiba",
		"TitleLV":    "Parauga skolas privātuma paziņojums", "TitleEN": "Privacy notice of the Example School",
		"Today": today, "Purpose": string(bytes.TrimRight(p, "\n")),
		"Intro": "#\n# LV: Šī ir PARAUGA iestāde: aizstājiet katru vērtību ar savas iestādes faktiem.\n" +
			"# EN: This is an EXAMPLE institution: replace every value with your institution's facts.\n",
	})
}

// Site returns the files of a new example site, by path in the content
// directory, for languages lv and en on date today (YYYY-MM-DD): its
// site.yaml, controller and institution, the editor schemas and the VS
// Code settings that map them to the files.
func Site(today string) (map[string][]byte, error) {
	files := map[string][]byte{}
	var err error
	if files["site.yaml"], err = execute("site.yaml", map[string]string{"Schema": SchemaDir + "/", "Today": today}); err != nil {
		return nil, err
	}
	if files["controllers/parauga-pasvaldiba.yaml"], err = execute("controller.yaml", map[string]string{
		"Schema": "../" + SchemaDir + "/", "ID": "parauga-pasvaldiba",
		"NameLV": "Parauga novada pašvaldība", "NameEN": "Example Municipality",
		"RegNo": "90000000000", "Address": "Parauga iela 2, Rīga, LV-1000",
		"Phone": "+371 60000001", "Email": "dome@example.lv",
	}); err != nil {
		return nil, err
	}
	if files["institutions/parauga-skola.yaml"], err = exampleInstitution(today); err != nil {
		return nil, err
	}
	schemas, err := Schemas([]string{"lv", "en"})
	if err != nil {
		return nil, err
	}
	for p, b := range schemas {
		files[p] = b
	}
	files[".vscode/settings.json"] = VSCodeSettings()
	return files, nil
}

// Next are the next steps init prints for a site in dir.
func Next(dir string) string {
	return fmt.Sprintf(`Next steps:
  1. Edit the files in %[1]s: replace every example value (Parauga …, example.lv)
     with your institution's facts, and delete "demo: true" from site.yaml.
     Editors with the YAML language server (VS Code with the Red Hat YAML
     extension) complete and check fields.
  2. policysite check %[1]s            list what is missing or wrong, and the
     facts still to ask for ("unknown": the notice is a draft until they are given)
  3. policysite serve %[1]s            preview the pages as you edit
  4. policysite build %[1]s -out DIR   write the site to publish
  Add more: policysite new institution ID, policysite new purpose ID -preset ID
  (policysite presets lists the built-in purposes).
`, dir)
}
