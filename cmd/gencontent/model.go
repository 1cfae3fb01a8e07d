package main

// The types below mirror the content format of generator/doc.go field for
// field, so that encoding them gives YAML the loader accepts.

// text is readable text keyed by language code.
type text map[string]string

// siteFile is site.yaml.
type siteFile struct {
	Title           text          `yaml:"title"`
	BaseURL         string        `yaml:"base_url"`
	Languages       []string      `yaml:"languages"`
	DefaultLanguage string        `yaml:"default_language"`
	Authority       authority     `yaml:"authority"`
	Accessibility   accessibility `yaml:"accessibility"`
}

// authority is the supervisory authority of site.yaml.
type authority struct {
	Name    text   `yaml:"name"`
	Address string `yaml:"address"`
	Phone   string `yaml:"phone,omitempty"`
	Email   string `yaml:"email"`
	Web     string `yaml:"web"`
}

// accessibility is the accessibility statement of site.yaml.
type accessibility struct {
	Status   string `yaml:"status"`
	Assessed string `yaml:"assessed"`
	Method   text   `yaml:"method,omitempty"`
	Email    string `yaml:"email"`
	Phone    string `yaml:"phone,omitempty"`
	Issues   []text `yaml:"issues,omitempty"`
}

// controllerFile is a file of controllers/, or a controller written inline.
type controllerFile struct {
	ID      string `yaml:"id"`
	Name    text   `yaml:"name"`
	RegNo   string `yaml:"reg_no"`
	Address string `yaml:"address"`
	Phone   string `yaml:"phone"`
	Email   string `yaml:"email"`
	Web     string `yaml:"web,omitempty"`
}

// contact is a DPO, privacy contact or contact person.
type contact struct {
	Name    string `yaml:"name,omitempty"`
	Role    text   `yaml:"role,omitempty"`
	Phone   string `yaml:"phone,omitempty"`
	Email   string `yaml:"email"`
	Address string `yaml:"address,omitempty"`
}

// document is the metadata of a notice version.
type document struct {
	Title       text   `yaml:"title"`
	IssuedUnder text   `yaml:"issued_under,omitempty"`
	ApprovedBy  text   `yaml:"approved_by,omitempty"`
	Effective   string `yaml:"effective"`
	Version     string `yaml:"version,omitempty"`
	Changes     text   `yaml:"changes,omitempty"`
}

// defaults are the values every purpose of an institution inherits.
type defaults struct {
	Recipients text `yaml:"recipients,omitempty"`
	// Transfers is "none" or a list of transfers.
	Transfers any `yaml:"transfers,omitempty"`
}

// section is a further section of a notice.
type section struct {
	ID    string `yaml:"id"`
	Title text   `yaml:"title"`
	Body  text   `yaml:"body"`
}

// attestation configures the employee form.
type attestation struct {
	Commitments   []text   `yaml:"commitments,omitempty"`
	BreachContact *contact `yaml:"breach_contact,omitempty"`
}

// institutionFile is a file of institutions/ or archive/.
type institutionFile struct {
	ID      string `yaml:"id"`
	Name    text   `yaml:"name"`
	RegNo   string `yaml:"reg_no,omitempty"`
	Address string `yaml:"address"`
	Phone   string `yaml:"phone"`
	Email   string `yaml:"email"`
	Web     string `yaml:"web,omitempty"`
	Public  *bool  `yaml:"public,omitempty"`
	// Controller is a controller id, or a controllerFile written inline.
	Controller     any          `yaml:"controller"`
	DPO            *contact     `yaml:"dpo,omitempty"`
	PrivacyContact *contact     `yaml:"privacy_contact,omitempty"`
	Contact        *contact     `yaml:"contact,omitempty"`
	Document       document     `yaml:"document"`
	Defaults       *defaults    `yaml:"defaults,omitempty"`
	Purposes       []purpose    `yaml:"purposes"`
	Exercise       text         `yaml:"exercise,omitempty"`
	Security       text         `yaml:"security,omitempty"`
	Cookies        text         `yaml:"cookies,omitempty"`
	Sections       []section    `yaml:"sections,omitempty"`
	Attestation    *attestation `yaml:"attestation,omitempty"`
}

// basis is one legal basis with the laws relied on.
type basis struct {
	Basis string `yaml:"basis"`
	Laws  []text `yaml:"laws,omitempty"`
}

// special describes special categories of data (GDPR Art 9).
type special struct {
	Data      text   `yaml:"data"`
	Condition string `yaml:"condition"`
	Laws      []text `yaml:"laws,omitempty"`
}

// transfer is one third-country transfer.
type transfer struct {
	To        text   `yaml:"to"`
	Safeguard string `yaml:"safeguard"`
	Details   text   `yaml:"details,omitempty"`
}

// retention is how long data are kept.
type retention struct {
	Period   int    `yaml:"period,omitempty"`
	Unit     string `yaml:"unit,omitempty"`
	From     text   `yaml:"from,omitempty"`
	Criteria text   `yaml:"criteria,omitempty"`
}

// requirement says whether the data must be provided.
type requirement struct {
	Kind        string `yaml:"kind"`
	Consequence text   `yaml:"consequence,omitempty"`
}

// video marks a video-surveillance purpose.
type video struct {
	Areas []text `yaml:"areas"`
	Phone string `yaml:"phone,omitempty"`
}

// purpose is a purpose written in full, or a use of a shared purpose
// (Use set) with the fields it overrides.
type purpose struct {
	Use                 string       `yaml:"use,omitempty"`
	ID                  string       `yaml:"id,omitempty"`
	Name                text         `yaml:"name,omitempty"`
	Description         text         `yaml:"description,omitempty"`
	LegalBasis          []basis      `yaml:"legal_basis,omitempty"`
	LegitimateInterests text         `yaml:"legitimate_interests,omitempty"`
	Special             *special     `yaml:"special_categories,omitempty"`
	Subjects            text         `yaml:"subjects,omitempty"`
	Categories          text         `yaml:"categories,omitempty"`
	DataFrom            string       `yaml:"data_from,omitempty"`
	Sources             text         `yaml:"sources,omitempty"`
	Recipients          text         `yaml:"recipients,omitempty"`
	Transfers           any          `yaml:"transfers,omitempty"`
	Retention           *retention   `yaml:"retention,omitempty"`
	Requirement         *requirement `yaml:"requirement,omitempty"`
	Video               *video       `yaml:"video,omitempty"`
}
