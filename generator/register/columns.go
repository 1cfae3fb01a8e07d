package register

// The columns of the record, in order, by key. Art 30(1): (a) the
// controller, a joint controller, the representative and the DPO;
// (b) the purposes; (c) the categories of data subjects and of personal
// data; (d) the categories of recipients, including in third countries;
// (e) the transfers with their safeguards; (f) the time limits for
// erasure; (g) the security measures. The institution and the legal basis
// are not asked by Art 30(1) but say whose processing a row is and why
// it is lawful.
const (
	colInstitution    = "institution"
	colPurpose        = "purpose"            // (b)
	colDescription    = "description"        // (b)
	colBasis          = "legal-basis"        // not Art 30(1)
	colController     = "controller"         // (a)
	colControllerCont = "controller-contact" // (a)
	colJoint          = "joint-controller"   // (a)
	colRepresentative = "representative"     // (a)
	colDPO            = "dpo"                // (a)
	colSubjects       = "subjects"           // (c)
	colCategories     = "categories"         // (c)
	colSpecial        = "special"            // (c)
	colRecipients     = "recipients"         // (d)
	colThirdCountries = "third-countries"    // (d), (e)
	colSafeguards     = "safeguards"         // (e)
	colErasure        = "erasure"            // (f)
	colSecurity       = "security"           // (g)
)

// Columns lists the column keys in the order of the record.
func Columns() []string {
	return []string{colInstitution, colPurpose, colDescription, colBasis,
		colController, colControllerCont, colJoint, colRepresentative, colDPO,
		colSubjects, colCategories, colSpecial, colRecipients,
		colThirdCountries, colSafeguards, colErasure, colSecurity}
}
