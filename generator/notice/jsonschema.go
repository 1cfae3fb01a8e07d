package notice

func languagesSchema(langs []string) map[string]any       { return nil }
func defaultLanguageSchema(langs []string) map[string]any { return nil }
func catalogSchema(langs []string) map[string]any         { return nil }
func conditionSchema(langs []string) map[string]any       { return nil }
