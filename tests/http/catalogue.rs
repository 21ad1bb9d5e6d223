//! What the catalogue pages show: filters, details, links, fallback, Markdown, dates, plurals.

use crate::support::each_db;

#[tokio::test]
async fn job_profiles_filter_by_competence_area() {
    for app in each_db().await {
        let all = app.ok("/en/jobs").await;
        assert_eq!(all.texts("main .cards > li").len(), 12, "[{}]", app.name);
        assert_eq!(all.texts(".result-count"), vec!["12 job profiles".to_string()]);
        // Area 4 is Safety: the privacy officer calls for it, every card shown carries it.
        let safety = app.ok("/en/jobs?area=4").await;
        let titles = safety.texts("main .cards > li h2");
        assert!(
            titles.contains(&"Privacy and security officer for associations".to_string()),
            "{titles:?}"
        );
        assert!(titles.len() < 12);
        for card in safety.texts("main .cards > li .tags") {
            assert!(card.contains("Safety"), "{card}");
        }
        assert_eq!(
            safety.attrs("#filter-area option[selected]", "value"),
            vec!["4".to_string()]
        );
    }
}

#[tokio::test]
async fn job_profile_page_has_every_part() {
    for app in each_db().await {
        let page = app.ok("/en/jobs/open-data-officer").await;
        assert_eq!(page.texts("h1"), vec!["Open data officer".to_string()]);
        let headings = page.texts("main h2");
        for expected in [
            "What you will do",
            "Digital skills you will use",
            "Typical employers",
            "Routes into the job",
            "People who do this job",
            "Related job profiles",
        ] {
            assert!(
                headings.contains(&expected.to_string()),
                "missing {expected}: {headings:?}"
            );
        }
        // Plain words first: the skill's name, then its code and level explained.
        let names = page.texts("ul.competence-list .competence-name");
        let levels = page.texts("ul.competence-list .level");
        assert!(!levels.is_empty());
        assert_eq!(names.len(), levels.len());
        assert!(
            levels
                .iter()
                .all(|l| l.starts_with("Level ") && l.contains(" of 8 — ")),
            "{levels:?}"
        );
        assert!(
            levels
                .iter()
                .any(|l| l.starts_with("Level 4 of 8 — intermediate: you can do it on your own")),
            "{levels:?}"
        );
        assert!(page.body.contains("DigComp 2.2"));
        let json_ld = page.texts("script[type='application/ld+json']");
        let data: serde_json::Value = serde_json::from_str(&json_ld[0]).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(data["@type"], "Occupation");
        assert_eq!(data["name"], "Open data officer");
        assert!(data["skills"].as_array().is_some_and(|s| !s.is_empty()));
        // The interview of Sarah Lambert, who does this job.
        assert!(page
            .attrs("a", "href")
            .contains(&"/en/interviews/sarah-lambert-open-data".to_string()));
        // Related profiles are links to other profiles.
        assert!(page
            .attrs("a", "href")
            .contains(&"/en/jobs/nonprofit-data-analyst".to_string()));
    }
}

#[tokio::test]
async fn interviews_filter_by_job_and_country() {
    for app in each_db().await {
        assert_eq!(app.ok("/fr/interviews").await.texts("main .cards > li").len(), 12);
        let italy = app.ok("/fr/interviews?country=IT").await;
        assert!(
            italy.texts(".quote").iter().all(|q| q.starts_with('«')),
            "French quotation marks"
        );
        assert_eq!(italy.texts("main .cards > li").len(), 3, "[{}]", app.name);
        let by_job = app.ok("/fr/interviews?job=digital-learning-designer").await;
        let names = by_job.texts("main .cards > li .byline strong");
        assert_eq!(names, vec!["Núria Puig".to_string()]);
        let both = app
            .ok("/fr/interviews?job=digital-learning-designer&country=IT")
            .await;
        assert!(both.texts("main .cards > li").is_empty());
        assert!(!both.texts(".empty").is_empty(), "a helpful empty state");
    }
}

#[tokio::test]
async fn interview_page_renders_markdown_and_links() {
    for app in each_db().await {
        let page = app
            .ok("/en/interviews/camille-roussel-mediatrice-numerique")
            .await;
        assert!(!page.texts(".prose h2").is_empty(), "Markdown headings rendered");
        assert_eq!(page.texts("blockquote.pull-quote").len(), 1);
        let links = page.attrs("main a", "href");
        assert!(links.contains(&"/en/jobs/digital-inclusion-facilitator".to_string()));
        assert!(links.contains(&"/en/organisations/numerique-solidaire-lyon".to_string()));
        assert_eq!(page.texts("article time"), vec!["12 March 2026".to_string()]);
        let fr = app
            .ok("/fr/interviews/camille-roussel-mediatrice-numerique")
            .await;
        assert_eq!(fr.texts("article time"), vec!["12 mars 2026".to_string()]);
        let es = app
            .ok("/es/interviews/camille-roussel-mediatrice-numerique")
            .await;
        assert_eq!(es.texts("article time"), vec!["12 de marzo de 2026".to_string()]);
    }
}

#[tokio::test]
async fn interview_markdown_is_sanitised() {
    for app in each_db().await {
        app.exec(
            "UPDATE interview_translations SET body_md = '## Hi\n\n<script>alert(1)</script><img src=x onerror=alert(2)> [x](javascript:alert(3))' \
             WHERE lang = 'en' AND interview_id = (SELECT id FROM interviews WHERE slug = 'marco-rinaldi-data-analyst')",
        )
        .await;
        let page = app.ok("/en/interviews/marco-rinaldi-data-analyst").await;
        let prose = page.html();
        let sel = scraper::Selector::parse(".prose").unwrap_or_else(|e| panic!("{e}"));
        let html = prose
            .select(&sel)
            .next()
            .map(|e| e.inner_html())
            .unwrap_or_default();
        assert!(html.contains("<h2>Hi</h2>"), "{html}");
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("onerror"), "{html}");
        assert!(!html.contains("href=\"javascript"), "{html}");
    }
}

#[tokio::test]
async fn organisations_filter_by_country_and_kind() {
    for app in each_db().await {
        let all = app.ok("/en/organisations").await;
        assert_eq!(all.texts("main .cards > li").len(), 12, "[{}]", app.name);
        let be = app.ok("/en/organisations?country=BE").await;
        assert_eq!(be.texts("main .cards > li").len(), 3);
        let coops = app.ok("/en/organisations?kind=cooperative").await;
        assert_eq!(coops.texts("main .cards > li").len(), 3);
        let one = app.ok("/en/organisations?country=BE&kind=company").await;
        assert_eq!(one.texts(".result-count"), vec!["1 organisation".to_string()]);
        let fr = app.ok("/fr/organisations?country=IT").await;
        assert_eq!(fr.texts(".result-count"), vec!["3 organisations".to_string()]);
        // Codes are matched loosely: case and `-`/`_` do not matter.
        let loose = app
            .ok("/en/organisations?kind=Social-Enterprise&country=it")
            .await;
        assert_eq!(
            loose.texts("main .cards > li h2"),
            vec!["Codice Aperto Impresa Sociale".to_string()]
        );
        assert!(loose.texts(".notice-warning").is_empty());
        let none = app.ok("/fr/organisations?country=IT&kind=company").await;
        assert_eq!(
            none.texts(".result-count"),
            vec!["Aucune organisation".to_string()]
        );
    }
}

#[tokio::test]
async fn organisation_page_shows_facts_and_interviews() {
    for app in each_db().await {
        let page = app.ok("/en/organisations/fondazione-ponte-digitale").await;
        assert_eq!(page.texts("h1"), vec!["Fondazione Ponte Digitale".to_string()]);
        assert!(page
            .texts(".byline")
            .iter()
            .any(|b| b.contains("Foundation") && b.contains("Italy")));
        assert_eq!(page.texts(".verified").len(), 1);
        assert!(page
            .attrs("a", "href")
            .contains(&"https://fondazione-ponte-digitale.example".to_string()));
        assert!(page
            .attrs("a", "href")
            .contains(&"/en/interviews/marco-rinaldi-data-analyst".to_string()));
        let json_ld = page.texts("script[type='application/ld+json']");
        assert_eq!(json_ld.len(), 1);
        let data: serde_json::Value = serde_json::from_str(&json_ld[0]).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(data["@type"], "Organization");
        assert_eq!(data["name"], "Fondazione Ponte Digitale");
        assert_eq!(data["address"]["addressCountry"], "IT");
        let unverified = app.ok("/en/organisations/civic-stack-studio").await;
        assert!(unverified.texts(".verified").is_empty());
    }
}

#[tokio::test]
async fn fallback_is_stated_and_marked() {
    for app in each_db().await {
        // No French text: shown in Spanish (the original), said in French, marked lang="es".
        let page = app.ok("/fr/interviews/javier-ortega-privacidad").await;
        let notice = page.texts(".notice-lang");
        assert_eq!(notice.len(), 1, "[{}]", app.name);
        assert!(
            notice[0].contains("français") && notice[0].contains("espagnol"),
            "{notice:?}"
        );
        assert_eq!(page.attrs("h1", "lang"), vec!["es".to_string()]);
        assert_eq!(page.attrs(".prose", "lang"), vec!["es".to_string()]);
        // No Italian text for a profile written in English: shown in English.
        let job = app.ok("/it/jobs/fundraising-crm-specialist").await;
        assert!(job.texts(".notice-lang")[0].contains("inglese"));
        assert_eq!(job.attrs("h1", "lang"), vec!["en".to_string()]);
        // No Spanish description: shown in English, the original.
        let org = app.ok("/es/organisations/digitaal-samen-gent").await;
        assert!(org.texts(".notice-lang")[0].contains("inglés"));
        // In the reader's language: no notice, no lang attribute.
        let native = app
            .ok("/fr/interviews/camille-roussel-mediatrice-numerique")
            .await;
        assert!(native.texts(".notice-lang").is_empty());
        assert!(native.attrs("h1", "lang").is_empty());
        // Lists mark the cards shown in another language.
        let list = app.ok("/it/interviews").await;
        assert!(
            list.texts(".lang-badge").len() >= 3,
            "{:?}",
            list.texts(".lang-badge")
        );
    }
}

#[tokio::test]
async fn home_has_entry_points_and_no_dead_links() {
    for app in each_db().await {
        for lang in ["en", "fr", "es", "it"] {
            let page = app.ok(&format!("/{lang}/")).await;
            let links = page.attrs("a[href^='/']", "href");
            assert!(links.contains(&format!("/{lang}/jobs")));
            assert!(links.contains(&format!("/{lang}/interviews")));
            assert!(links.contains(&format!("/{lang}/organisations")));
            for link in links {
                let status = app.get(&link).await.status;
                assert!(status.is_success(), "dead link {link} on /{lang}/: {status}");
            }
        }
    }
}

#[tokio::test]
async fn job_profiles_filter_first_by_who_employs_then_by_skills() {
    for app in each_db().await {
        let name = app.name;
        let all = app.ok("/en/jobs").await;
        let filters = all.attrs("form.filters select", "name");
        assert_eq!(
            filters.first().map(String::as_str),
            Some("employer"),
            "[{name}] {filters:?}"
        );
        let expected = crate::sql::scalar(
            &app,
            "SELECT COUNT(*) FROM job_profiles WHERE status = 'published' AND employer_kinds LIKE '%public_body%'",
        )
        .await;
        assert!(expected > 0 && expected < 12, "[{name}] {expected}");
        let public = app.ok("/en/jobs?employer=public_body").await;
        assert_eq!(
            public.texts("main .cards > li").len() as i64,
            expected,
            "[{name}]"
        );
        assert_eq!(
            public.attrs("#filter-employer option[selected]", "value"),
            vec!["public_body".to_string()]
        );
        // With the skills filter too: both apply.
        let both = app.ok("/en/jobs?employer=public_body&area=4").await;
        assert!(
            both.texts("main .cards > li").len() as i64 <= expected,
            "[{name}]"
        );
        // An unknown kind is said and left out, never an error.
        let unknown = app.ok("/en/jobs?employer=pirates").await;
        assert_eq!(unknown.texts("main .cards > li").len(), 12, "[{name}]");
    }
}
