# Scrittura dei contenuti: campi Markdown, traduzioni affiancate, modifiche.

markdown-hint = Formattazione Markdown: vedi «Aiuto per la formattazione» sotto il campo.
markdown-help = Aiuto per la formattazione
markdown-help-heading = a inizio riga: un sottotitolo
markdown-help-bold = grassetto
markdown-help-italic = corsivo
markdown-help-list = a inizio riga: una voce di elenco
markdown-help-link = un link
markdown-preview = Anteprima
form-preview = Anteprima

translation-state-original = Originale
translation-state-missing = Mancante
translation-state-current = Aggiornata
translation-state-out-of-date = Non aggiornata
translations-heading = Traduzioni
translations-intro = I lettori vedono il testo nella loro lingua se esiste, altrimenti l’originale con un avviso. Una traduzione non è aggiornata quando l’originale è cambiato dopo l’ultimo salvataggio della traduzione.
translations-col-language = Lingua
translations-col-state = Stato
translations-col-action = Azione
translation-add = Traduci
translation-edit = Modifica la traduzione
translation-page-title = { $title } in { $language }
translation-intro = Ogni campo dell’originale ({ $original }) è mostrato accanto al campo da scrivere in { $language }.
translation-save = Salva la traduzione
translation-back = Torna al contenuto

content-field-title = Titolo
content-field-description-md = Descrizione
content-field-how-to-apply = Come candidarsi
content-field-kind = Tipo
content-field-work-mode = Modalità di lavoro
content-field-contract = Contratto
content-field-country = Paese
content-field-city = Città
content-field-valid-until = Aperta fino al
content-field-starts-on = Inizio il
content-field-apply-url = Indirizzo web per candidarsi
content-field-apply-email = Indirizzo e-mail per candidarsi

changes-none = Non è cambiato nulla.
changes-empty = (vuoto)
changes-field = Campo
changes-before = Prima
changes-after = Dopo
history-changed = Modificato:
content-field-summary = Sintesi
content-field-body-md = Testo
content-field-licence = Licenza
content-field-external-url = Link
content-field-languages = Lingue della risorsa
content-field-audiences = Pensata per
content-field-competences = Competenze DigComp
content-field-file = File
fallback-propose = Proponi una traduzione in { $requested }.
translation-proposal-note = La tua traduzione va ai moderatori; una volta approvata, viene pubblicata e il tuo nome compare nella cronologia del contenuto.
translation-proposed = Grazie: la tua traduzione è stata inviata ai moderatori. La pagina la mostrerà quando la approveranno.
