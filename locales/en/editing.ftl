# Writing content: Markdown fields, translations side by side, what changed.

markdown-hint = Markdown formatting: see “Formatting help” below the field.
markdown-help = Formatting help
markdown-help-heading = at the start of a line: a heading
markdown-help-bold = bold
markdown-help-italic = italic
markdown-help-list = at the start of a line: an item of a list
markdown-help-link = a link
markdown-preview = Preview
form-preview = Preview

translation-state-original = Original
translation-state-missing = Missing
translation-state-current = Up to date
translation-state-out-of-date = Out of date
translations-heading = Translations
translations-intro = Readers see the text in their language when it exists, otherwise the original with a notice. A translation is out of date when the original changed after it was last saved.
translations-col-language = Language
translations-col-state = State
translations-col-action = Action
translation-add = Translate
translation-edit = Edit the translation
translation-page-title = { $title } in { $language }
translation-intro = Each field of the original ({ $original }) is shown beside the field to write in { $language }.
translation-save = Save the translation
translation-back = Back to the item

content-field-title = Title
content-field-description-md = Description
content-field-how-to-apply = How to apply
content-field-kind = Type
content-field-work-mode = Work mode
content-field-contract = Contract
content-field-country = Country
content-field-city = City
content-field-valid-until = Open until
content-field-starts-on = Starts on
content-field-apply-url = Web address to apply
content-field-apply-email = E-mail address to apply

changes-none = Nothing changed.
changes-empty = (empty)
changes-field = Field
changes-before = Before
changes-after = After
history-changed = Changed:
content-field-summary = Summary
content-field-body-md = Text
content-field-licence = Licence
content-field-external-url = Link
content-field-languages = Languages of the resource
content-field-audiences = Written for
content-field-competences = DigComp competences
content-field-file = File
fallback-propose = Propose a translation into { $requested }.
translation-proposal-note = Your translation goes to the moderators; once approved, it is published with your name in the item's history.
translation-proposed = Thank you: your translation is sent to the moderators. The page shows it once they approve it.
