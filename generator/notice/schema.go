package notice

// Kind is the kind of value a content field holds.
type Kind int

// The kinds of content values. Each has one decoding, one encoding, one
// JSON Schema and one line of reference documentation.
const (
	KindText     Kind = iota // readable text in every site language
	KindMarkdown             // like KindText, rendered as CommonMark
	KindString               // a language-neutral string
	KindSlug                 // an id: lowercase URL slug
	KindEmail                // an e-mail address
	KindPhone                // a phone number
	KindURL                  // an absolute http or https URL
	KindDate                 // YYYY-MM-DD, from minYear on
	KindRegNo                // a registration number: digits
	KindInt                  // a whole number in [Min, Max]
	KindBool                 // true or false
	KindEnum                 // one of Values
	KindObject               // a mapping of Fields
	KindList                 // a list of Elem
	KindContact              // a contact: the Fields of contactFields
	KindRef                  // an id of a record in Ref's folder
	KindCustom               // decoded by the code of the record that holds it
)

// Tier says how much a field is needed: whether its absence stops the
// file from being read, breaks a GDPR duty, or is fine. Issue 11 ("not
// stated") decides from the tier and the article whether an absent or
// unknown fact blocks publication or warns.
type Tier int

// The tiers, from the most needed.
const (
	// Structural: the file cannot be read without it (an id, a
	// reference, the list of purposes).
	Structural Tier = iota
	// Mandatory: the GDPR article in Field.Article requires the fact.
	Mandatory
	// Recommended: good practice; its absence is allowed.
	Recommended
	// Optional: may be left out.
	Optional
)

// String returns the tier's name as the reference documentation writes it.
func (t Tier) String() string {
	return [...]string{"structural", "mandatory", "recommended", "optional"}[t]
}

// Field is the definition of one content field: the one place the
// decoder, the encoder, the JSON Schema and the reference documentation
// read it from.
type Field struct {
	Key  string // the YAML key
	Kind Kind
	Tier Tier
	// When states, for a Structural or Mandatory field, the condition
	// under which it is required; "" means always. A conditional
	// requirement is checked by the code of the record (validate.go).
	When string
	// Why is added to the "missing required field" message.
	Why string
	// Article is the GDPR article or other source the field comes from,
	// e.g. "Art 13(1)(a)"; "" for fields of the site's own making.
	Article string
	Doc     string // one or two sentences, English
	Default string // the value when absent, as written in YAML
	// Go is the name of the model's struct field the value fills; ""
	// when the record's code places it (defaults, use).
	Go string
	// Pos, when set, names the model's field (of type Pos) that receives
	// where the value is written, for messages about it after loading.
	Pos string

	Values   []string // KindEnum: the valid codes
	Min, Max int      // KindInt: the bounds
	Fields   []Field  // KindObject: the sub-fields
	Elem     *Field   // KindList: the item (its Key is unused)
	Ref      string   // KindRef: "controllers" or "purposes"
	// NoneOK allows the plain value none for an empty list or an absent
	// object (transfers, automated).
	NoneOK bool
	// Unknown allows {unknown: "what to ask and whom"} instead of the
	// value: the fact is not stated (gap.go). Set for the Mandatory and
	// Recommended facts a source can lack; absent, such a Mandatory field
	// is a gap rather than an error.
	Unknown bool
	// Schema is, for KindCustom, the JSON Schema of the value.
	Schema func(langs []string) map[string]any
	// Type names the value in the reference documentation when the kind
	// alone does not (KindCustom).
	Type string
}

// required reports whether f must always be present.
func (f Field) required() bool { return f.Tier <= Mandatory && f.When == "" }

// fact marks f as a fact a source can lack: it accepts unknown.
func fact(f Field) Field { f.Unknown = true; return f }

// requiredKeys lists the keys of the fields that must always be present.
func requiredKeys(fields []Field) []string {
	var out []string
	for _, f := range fields {
		if f.required() {
			out = append(out, f.Key)
		}
	}
	return out
}

// keys lists the keys of fields.
func keys(fields []Field) []string {
	out := make([]string, len(fields))
	for i, f := range fields {
		out[i] = f.Key
	}
	return out
}

// field returns the field of fields with key.
func field(fields []Field, key string) Field {
	for _, f := range fields {
		if f.Key == key {
			return f
		}
	}
	panic("notice: no field " + key)
}

// FileKind is one kind of content file and the fields of its records.
type FileKind struct {
	Name   string // "site", "controller", "institution", "purpose"
	Path   string // where the files are, e.g. "controllers/*.yaml"
	Doc    string
	Fields []Field
}

// Schema returns the definition of every kind of content file: site.yaml,
// controllers/*.yaml, institutions/*.yaml (and archived versions, which
// are institutions) and purposes/*.yaml.
func Schema() []FileKind {
	return []FileKind{
		{"site", "site.yaml", "The site: title, address, languages, supervisory authority and accessibility statement.", siteFields()},
		{"controller", "controllers/*.yaml", "A controller (GDPR Art 4(7)), one per file, referred to by institutions.", controllerFields()},
		{"institution", "institutions/*.yaml", "An institution and its current privacy notice, one per file; archive/<id>/<date>.yaml holds its earlier versions in the same format. A contact (dpo, privacy_contact, contact, breach_contact) has the fields name, role, phone, email and address, and needs an e-mail address or a phone.", institutionFields()},
		{"purpose", "purposes/*.yaml", "A purpose of processing is written inline in an institution's purposes list, or once in purposes/ and used by several institutions with {use: id}: fields given beside use replace the shared purpose's fields of the same name. A shared purpose may leave recipients and transfers to the institutions' defaults. The data subject's rights are not written: they are derived from the legal bases (see notice.Purpose.Rights).", purposeFields()},
	}
}

// tables are the tables of fields the decoder reads, with what it derives
// from them, built once for each content tree loaded (newTables), not
// once for each record.
type tables struct {
	site, controller, institution, purpose []Field
	defaults, sections                     []Field  // of an institution
	purposeKeys                            []string // with use
	purposeRequired                        []string
}

func newTables() *tables {
	t := &tables{site: siteFields(), controller: controllerFields(), institution: institutionFields(), purpose: purposeFields()}
	t.defaults = field(t.institution, "defaults").Fields
	t.sections = field(t.institution, "sections").Elem.Fields
	t.purposeKeys = append(keys(t.purpose), "use")
	t.purposeRequired = requiredKeys(t.purpose)
	return t
}
