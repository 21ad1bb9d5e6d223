//! Sending a page's form as a browser would: every named field with its value (ticked boxes
//! only), some of them changed, posted to the form's own action.

use crate::support::{Client, Page};

/// Every named field of the page's first `form.stack-form` with its value.
pub fn form_values(page: &Page) -> Vec<(String, String)> {
    let html = page.html();
    let pick = |s: &str| scraper::Selector::parse(s).unwrap_or_else(|e| panic!("{e}"));
    let Some(form) = html.select(&pick("form.stack-form")).next() else {
        panic!("no form in the page: {}", page.body)
    };
    let mut values = Vec::new();
    for input in form.select(&pick("input[name]")) {
        let checkable = matches!(input.attr("type"), Some("checkbox" | "radio"));
        if checkable && input.attr("checked").is_none() {
            continue;
        }
        let name = input.attr("name").unwrap_or_default();
        values.push((
            name.to_string(),
            input.attr("value").unwrap_or_default().to_string(),
        ));
    }
    for area in form.select(&pick("textarea[name]")) {
        let name = area.attr("name").unwrap_or_default();
        values.push((name.to_string(), area.text().collect::<String>()));
    }
    for select in form.select(&pick("select[name]")) {
        let name = select.attr("name").unwrap_or_default();
        let chosen = select
            .select(&pick("option[selected]"))
            .next()
            .or_else(|| select.select(&pick("option")).next())
            .and_then(|o| o.attr("value"))
            .unwrap_or_default();
        values.push((name.to_string(), chosen.to_string()));
    }
    values
}

impl Client<'_> {
    /// Opens `page_uri` and sends its form with `changes` (an empty value leaves the field out,
    /// as an unticked box is) to the form's action.
    pub async fn send_form(&mut self, page_uri: &str, changes: &[(&str, &str)]) -> Page {
        let page = self.ok_page(page_uri).await;
        let mut values = form_values(&page);
        for (name, value) in changes {
            values.retain(|(n, _)| n != name);
            if !value.is_empty() {
                values.push((name.to_string(), value.to_string()));
            }
        }
        let fields: Vec<(&str, &str)> = values.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let action = page.attrs("form.stack-form", "action");
        self.post(&action[0], &fields).await
    }
}
