package main

// The types below mirror the content format of generator/doc.go field for
// field, so that encoding them gives YAML the loader accepts.

// text is readable text keyed by language code.
type text map[string]string

type siteFile struct {
	Title           text          `yaml:"title"`
	BaseURL         string        `yaml:"base_url"`
	Languages       []string      `yaml:"languages"`
	DefaultLanguage string        `yaml:"default_language"`
	Authority       authority     `yaml:"authority"`
	Accessibility   accessibility `yaml:"accessibility"`
}

type authority struct {
	Name    text   `yaml:"name"`
	Address string `yaml:"address"`
	Phone   string `yaml:"phone,omitempty"`
	Email   string `yaml:"email"`
	Web     string `yaml:"web"`
}

type accessibility struct {
	Status   string `yaml:"status"`
	Assessed string `yaml:"assessed"`
	Method   text   `yaml:"method,omitempty"`
	Email    string `yaml:"email"`
	Phone    string `yaml:"phone,omitempty"`
	Issues   []text `yaml:"issues,omitempty"`
}

type controllerFile struct {
	ID      string `yaml:"id"`
	Name    text   `yaml:"name"`
	RegNo   string `yaml:"reg_no"`
	Address string `yaml:"address"`
	Phone   string `yaml:"phone"`
	Email   string `yaml:"email"`
	Web     string `yaml:"web,omitempty"`
}

type contact struct {
	Name    string `yaml:"name,omitempty"`
	Role    text   `yaml:"role,omitempty"`
	Phone   string `yaml:"phone,omitempty"`
	Email   string `yaml:"email"`
	Address string `yaml:"address,omitempty"`
}

type document struct {
	Title       text   `yaml:"title"`
	IssuedUnder text   `yaml:"issued_under,omitempty"`
	ApprovedBy  text   `yaml:"approved_by,omitempty"`
	Effective   string `yaml:"effective"`
	Version     string `yaml:"version,omitempty"`
	Changes     text   `yaml:"changes,omitempty"`
}

type defaults struct {
	Recipients text `yaml:"recipients,omitempty"`
	// Transfers is "none" or a list of transfers.
	Transfers any `yaml:"transfers,omitempty"`
}

type section struct {
	ID    string `yaml:"id"`
	Title text   `yaml:"title"`
	Body  text   `yaml:"body"`
}

type attestation struct {
	Commitments   []text   `yaml:"commitments,omitempty"`
	BreachContact *contact `yaml:"breach_contact,omitempty"`
}

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

type basis struct {
	Basis string `yaml:"basis"`
	Laws  []text `yaml:"laws,omitempty"`
}

type special struct {
	Data      text   `yaml:"data"`
	Condition string `yaml:"condition"`
	Laws      []text `yaml:"laws,omitempty"`
}

type transfer struct {
	To        text   `yaml:"to"`
	Safeguard string `yaml:"safeguard"`
	Details   text   `yaml:"details,omitempty"`
}

type retention struct {
	Period   int    `yaml:"period,omitempty"`
	Unit     string `yaml:"unit,omitempty"`
	From     text   `yaml:"from,omitempty"`
	Criteria text   `yaml:"criteria,omitempty"`
}

type requirement struct {
	Kind        string `yaml:"kind"`
	Consequence text   `yaml:"consequence,omitempty"`
}

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
