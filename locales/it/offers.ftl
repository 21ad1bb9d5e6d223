offers-title = Lavoro, tirocini, volontariato e formazione
offers-intro = Offerte di organizzazioni che mettono le competenze digitali al servizio del bene comune, in zona o da remoto.
offers-count = { $count ->
    [0] Nessuna offerta corrisponde
    [one] Un'offerta
   *[other] { $count } offerte
}
offers-empty = Al momento nessuna offerta aperta corrisponde a questa ricerca.
offers-empty-tip-words = Provare con meno parole o con parole più generiche: «dati» anziché «analista dati a Lione».
offers-empty-tip-filters = Rimuovere un filtro, ad esempio la città o la data, tramite i link qui sopra.
offers-empty-all = Vedi tutte le offerte aperte
offers-feed-title = Offerte di Social Tech Academy
offers-feed-link = Segui questa ricerca con un lettore di feed (Atom)
offers-feed-summary = { $kind } presso { $organisation }, { $place } ({ $mode })
offers-search-label = Cerca offerte
offers-q-label = Parole
offers-q-hint = Un lavoro, una competenza, un'organizzazione o un luogo. Accenti e maiuscole non contano.
offers-search-submit = Cerca
offers-filter-any = Qualsiasi
offers-filter-q = Parole
offers-filter-kind = Tipo di offerta
offers-filter-country = Paese
offers-filter-city = Luogo
offers-filter-place = Dove
offers-place-remote = Da remoto, da ovunque
offers-place-add = Aggiungi una città
offers-place-hint = Trovi anche le offerte dei comuni vicini. Seleziona più luoghi per vedere le offerte di uno qualsiasi, per esempio una città e il lavoro da remoto.
offers-filter-radius = Distanza
offers-radius-km = { $km ->
    [0] Solo questa città
   *[other] Entro { $km } km
}
offers-filter-mode = Modalità di lavoro
offers-filter-lang = Lingua dell'offerta
offers-filter-competence = Competenza DigComp
offers-filter-organisation = Organizzazione
offers-filter-posted = Data di pubblicazione
offers-filter-sort = Ordine
offers-kind-job = Lavoro
offers-kind-internship = Tirocinio
offers-kind-volunteering = Volontariato
offers-kind-training = Formazione
offers-mode-on-site = In sede
offers-mode-hybrid = Ibrido
offers-mode-remote = Da remoto
offers-contract-permanent = Contratto a tempo indeterminato
offers-contract-fixed-term = Contratto a tempo determinato
offers-contract-freelance = Lavoro autonomo
offers-contract-part-time = Tempo parziale
offers-contract-internship = Convenzione di tirocinio
offers-contract-volunteer = Volontariato
offers-contract-course = Corso
offers-contract-other = Altro
offers-posted-7 = Negli ultimi 7 giorni
offers-posted-30 = Negli ultimi 30 giorni
offers-posted-90 = Negli ultimi 90 giorni
offers-sort-relevance = Più pertinenti
offers-sort-newest = Più recenti
offers-sort-closing = Scadenza più vicina
offers-posted = Pubblicata il { $date }
offers-closes = scade il { $date }
offers-closed = Questa offerta è chiusa: la data di scadenza è passata. Resta consultabile a titolo informativo.
offers-apply-title = Come candidarsi
offers-apply-link = Candidati sul sito dell'organizzazione
offers-apply-email = Oppure scrivere a
offers-competences-title = Competenze digitali richieste (DigComp 2.2)
offers-job-profile = Il profilo professionale di questa offerta:
offers-fact-organisation = Organizzazione
offers-fact-contract = Contratto
offers-fact-place = Luogo
offers-fact-posted = Data di pubblicazione
offers-fact-closes = Scadenza
offers-fact-starts = Data di inizio
offers-about-organisation = Informazioni su { $name }
offers-open-title = Offerte aperte
offers-save-button = Salva questa offerta
offers-saved-button = Salvata — rimuovi dall'elenco
offers-save-sign-in = Accedere per salvare questa offerta
offers-save-search = Salva questa ricerca
offers-save-search-alert = Ricevere via e-mail le nuove offerte corrispondenti, una volta al giorno
offers-save-search-sign-in = Accedere per salvare questa ricerca e ricevere via e-mail le nuove offerte
offers-saved-title = Le mie offerte e ricerche salvate
offers-saved-offers = Offerte salvate
offers-saved-none = Nessuna offerta salvata finora.
offers-remove-saved = Rimuovi «{ $title }»
offers-saved-searches = Ricerche salvate
offers-saved-searches-intro = Una ricerca salvata con avviso via e-mail invia, una volta al giorno, le nuove offerte corrispondenti.
offers-searches-none = Nessuna ricerca salvata finora. Cercare delle offerte, poi scegliere «Salva questa ricerca».
offers-search-everything = Tutte le offerte aperte
offers-alert-is-on = e-mail giornaliera attiva
offers-alert-is-off = nessuna e-mail
offers-alert-turn-on = Attiva l'e-mail giornaliera
offers-alert-turn-off = Disattiva le e-mail
offers-remove-search = Rimuovi questa ricerca
offers-notice-saved = L'offerta è tra le offerte salvate.
offers-notice-unsaved = L'offerta non è più tra le offerte salvate.
offers-notice-search-saved = La ricerca è stata salvata. Si trova in «Le mie offerte e ricerche salvate».
offers-notice-search-saved-alert = La ricerca è stata salvata. Le nuove offerte corrispondenti verranno inviate via e-mail una volta al giorno.
offers-notice-search-removed = La ricerca è stata rimossa.
offers-notice-alert-on = Per questa ricerca verrà inviata un'e-mail al giorno.
offers-notice-alert-off = Per questa ricerca non verranno più inviate e-mail.
offers-notice-unsubscribed = Fatto: per questa ricerca non verranno più inviate e-mail. È possibile riattivarle dal proprio account.
offers-notice-unsubscribe-invalid = Questo link di disiscrizione non è più valido. È possibile gestire le e-mail dal proprio account.
offers-alert-subject = { $count ->
    [one] Una nuova offerta per la ricerca salvata
   *[other] { $count } nuove offerte per la ricerca salvata
}
offers-alert-intro = { $count ->
    [one] Una nuova offerta corrisponde alla ricerca salvata:
   *[other] { $count } nuove offerte corrispondono alla ricerca salvata:
}
offers-alert-all = Per vederle tutte su Social Tech Academy:
offers-alert-unsubscribe = Per non ricevere più queste e-mail, aprire questo link e premere il pulsante (senza bisogno di accedere):

offers-notice-saved-after-sign-in = L'accesso è stato effettuato e l'offerta è tra le offerte salvate.
offers-notice-search-kept-alert = La ricerca era già salvata e la sua e-mail giornaliera resta attiva. È possibile fermarla in «Le mie offerte e ricerche salvate».
offers-notice-search-saved-alert-unconfirmed = La ricerca è salvata. L'e-mail giornaliera partirà non appena l'indirizzo e-mail sarà confermato (abbiamo inviato un link).
offers-notice-alert-on-unconfirmed = L'e-mail giornaliera di questa ricerca partirà non appena l'indirizzo e-mail sarà confermato.
offers-sign-in-to-save = Accedere o creare un account per salvare questa offerta. La salveremo non appena l'accesso sarà effettuato.
offers-sign-in-to-save-search = Accedere o creare un account per salvare questa ricerca. La salveremo non appena l'accesso sarà effettuato.
offers-unsubscribe-title = Interrompere le e-mail di questa ricerca
offers-unsubscribe-intro = Si sta per interrompere l'e-mail giornaliera con le nuove offerte di una delle ricerche salvate. La ricerca resta salvata.
offers-unsubscribe-submit = Interrompere queste e-mail
offers-unsubscribe-manage = Gestire tutte le ricerche salvate

# Key facts of an offer (card and page top)
offers-facts-label = In breve
offers-pay-range = { $min }–{ $max } lordi { $period ->
    [hour] l’ora
    [month] al mese
   *[year] l’anno
}
offers-pay-one = { $amount } lordi { $period ->
    [hour] l’ora
    [month] al mese
   *[year] l’anno
}
offers-hours = { $hours ->
    [one] { $hours } ora a settimana
   *[other] { $hours } ore a settimana
}

offers-period-hour = Ora
offers-period-month = Mese
offers-period-year = Anno
offers-notice-see-saved = Vedi le tue offerte salvate
