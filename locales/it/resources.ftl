# La biblioteca delle risorse.

resources-title = Risorse
resources-intro = Guide, kit di strumenti, modelli, liste di controllo e interventi registrati delle organizzazioni partner, liberi da usare secondo la licenza indicata per ciascuno.
resources-count = { $count ->
    [0] Nessuna risorsa
    [one] { $count } risorsa
   *[other] { $count } risorse
}
resources-empty = Nessuna risorsa corrisponde a queste parole e filtri.
resources-search = Parole
resources-filter-kind = Tipo
resources-filter-kind-any = Tutti i tipi
resources-filter-competence = Competenza
resources-filter-competence-any = Tutte le competenze
resources-filter-lang = Disponibile in
resources-filter-lang-any = Tutte le lingue
resources-filter-licence = Licenza
resources-filter-licence-any = Tutte le licenze
resources-filter-organisation = Organizzazione
resources-filter-organisation-any = Tutte le organizzazioni

resources-kind-guide = Guida
resources-kind-toolkit = Kit di strumenti
resources-kind-template = Modello
resources-kind-checklist = Lista di controllo
resources-kind-recorded-talk = Intervento registrato
resources-licence-cc-by-sa-4-0 = CC BY-SA 4.0 (condividi allo stesso modo)
resources-licence-cc-by-4-0 = CC BY 4.0 (attribuzione)
resources-licence-cc-by-nc-sa-4-0 = CC BY-NC-SA 4.0 (non commerciale, condividi allo stesso modo)
resources-licence-cc0-1-0 = CC0 1.0 (pubblico dominio)
resources-audience-learner = Chi impara
resources-audience-job-seeker = Chi cerca lavoro
resources-audience-organisation = Organizzazioni

resources-external-link = sul sito di chi la pubblica
resources-download = Scarica
resources-open-link = Apri la risorsa
resources-publisher = Pubblicata da
resources-competences = Competenze DigComp su cui lavora
resources-licence-statement = Licenza: { $licence }. Puoi riutilizzarla e adattarla secondo i suoi termini, citando chi la pubblica.
resources-licence-read = Leggi la licenza
resources-languages = Disponibile in
resources-audiences = Pensata per
resources-published = Pubblicata il
resources-file-empty = Il file è vuoto.
resources-file-too-large = Il file supera i 10 MB.
resources-file-format = Questo file non è un documento PDF, ODT o DOCX né un’immagine PNG, JPEG, WebP o GIF (è stato controllato il contenuto, non il nome).
resources-error-languages = Seleziona almeno una lingua.
resources-error-audiences = Seleziona almeno un pubblico.
resources-error-competences = Seleziona al massimo cinque competenze.
resources-error-file-or-link = Salvata, ma non inviata in revisione: indica un link o invia prima un file, così chi legge ha qualcosa da aprire.
