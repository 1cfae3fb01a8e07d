package notice

// Base is base for the external tests (package notice_test).
var Base = base
