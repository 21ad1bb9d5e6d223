//! `/{lang}/partner/offers/new?org=…` and `/{lang}/partner/offers/{id}`: the offer form of the
//! partner space, in the offer's original language. Saving keeps a draft; submitting sends it
//! to the moderators. A form opened before someone else's save is refused, with what was typed.

use super::api::offer_form;
use super::item_frame::{page_item, ItemActions, ItemFrame};
use super::model::ItemEditor;
use crate::catalogue::codes::{country_key, COUNTRIES};
use crate::i18n::{t, t_args, use_lang, Lang};
use crate::offers::codes::{key, kind_codes, work_mode_codes, PayPeriod, CONTRACTS, CURRENCIES};
use crate::ui::form::{FormState, MarkdownField, PostForm, SelectField, TextArea, TextField};
use crate::ui::load::load_page;
use crate::web::urls::Route;
use leptos::prelude::*;

/// Every field of the form, for its error summary.
const FIELDS: [&str; 18] = [
    "title",
    "description_md",
    "how_to_apply",
    "kind",
    "work_mode",
    "contract",
    "country",
    "city",
    "valid_until",
    "starts_on",
    "apply_url",
    "apply_email",
    "salary_min",
    "salary_max",
    "salary_period",
    "salary_currency",
    "hours_per_week",
    "original_lang",
];

#[component]
pub fn OfferEditPage() -> impl IntoView {
    let (id, org) = page_item();
    load_page(
        move || offer_form(id, org),
        |editor| view! { <OfferEditor editor/> },
    )
}

#[component]
fn OfferEditor(editor: ItemEditor) -> impl IntoView {
    let lang = use_lang();
    let form = FormState::current();
    let values = editor.values.clone();
    let stored = move |name: &str| values.get(name).cloned().unwrap_or_default();
    let title = match editor.id {
        None => t("partner-offer-new"),
        Some(_) => t_args("partner-offer-edit", &[("title", stored("title").into())]),
    };
    let action = match editor.id {
        None => Route::PartnerNewOffer(&editor.org.0).at(lang),
        Some(id) => Route::PartnerOffer(id).at(lang),
    };
    let choices = |vocabulary: &str, codes: &[&str]| -> Vec<(String, String)> {
        codes
            .iter()
            .map(|c| (c.to_string(), t(&key(vocabulary, c))))
            .collect()
    };
    let mut contracts = vec![(String::new(), t("partner-offer-contract-none"))];
    contracts.extend(choices("contract", &CONTRACTS));
    let mut periods = vec![(String::new(), t("partner-offer-salary-period-none"))];
    periods.extend(choices("period", &PayPeriod::ALL.map(PayPeriod::code)));
    let currencies: Vec<(String, String)> = CURRENCIES
        .iter()
        .map(|c| (c.to_string(), c.to_string()))
        .collect();
    let countries: Vec<(String, String)> = COUNTRIES
        .iter()
        .map(|c| (c.to_string(), t(&country_key(c))))
        .collect();
    let langs: Vec<(String, String)> = Lang::ALL
        .iter()
        .map(|l| (l.code().to_string(), t(&l.endonym_key())))
        .collect();
    let new = editor.id.is_none();
    let public = editor.slug.as_deref().map(|slug| Route::Offer(slug).at(lang));
    view! {
        <ItemFrame editor=editor.clone() title=title public=public>
            <PostForm form=form.clone() action=action fields=&FIELDS form_errors=true class="stack-form">
                <input type="hidden" name="org" value=editor.org.0.clone()/>
                <input type="hidden" name="version" value=editor.version.to_string()/>
                <TextField form=form.clone() name="title" label=t("partner-offer-title") required=true default=stored("title")/>
                <MarkdownField
                    form=form.clone()
                    name="description_md"
                    label=t("partner-offer-description")
                    required=true
                    default=stored("description_md")
                    rows=12
                />
                <TextArea form=form.clone() name="how_to_apply" label=t("partner-offer-how-to-apply") default=stored("how_to_apply") rows=4/>
                <SelectField form=form.clone() name="kind" label=t("offers-filter-kind") options=choices("kind", &kind_codes()) default=stored("kind")/>
                <SelectField form=form.clone() name="work_mode" label=t("offers-filter-mode") options=choices("mode", &work_mode_codes()) default=stored("work_mode")/>
                <SelectField form=form.clone() name="contract" label=t("partner-offer-contract") options=contracts default=stored("contract")/>
                <SelectField form=form.clone() name="country" label=t("filter-country") options=countries default=stored("country")/>
                <TextField form=form.clone() name="city" label=t("partner-offer-city") default=stored("city")/>
                <fieldset class="pay-fields">
                    <legend>{t("partner-offer-pay")}</legend>
                    <p class="hint">{t("partner-offer-pay-hint")}</p>
                    <TextField form=form.clone() name="salary_min" kind="number" label=t("partner-offer-salary-min") default=stored("salary_min")/>
                    <TextField form=form.clone() name="salary_max" kind="number" label=t("partner-offer-salary-max") default=stored("salary_max")/>
                    <SelectField form=form.clone() name="salary_period" label=t("partner-offer-salary-period") options=periods default=stored("salary_period")/>
                    <SelectField form=form.clone() name="salary_currency" label=t("partner-offer-salary-currency") options=currencies default=stored("salary_currency")/>
                    <TextField form=form.clone() name="hours_per_week" kind="number" label=t("partner-offer-hours") default=stored("hours_per_week")/>
                </fieldset>
                <TextField form=form.clone() name="valid_until" kind="date" label=t("partner-offer-valid-until") hint=t("partner-date-hint") default=stored("valid_until")/>
                <TextField form=form.clone() name="starts_on" kind="date" label=t("partner-offer-starts-on") hint=t("partner-date-hint") default=stored("starts_on")/>
                <TextField form=form.clone() name="apply_url" kind="url" label=t("partner-offer-apply-url") hint=t("partner-url-hint") default=stored("apply_url")/>
                <TextField form=form.clone() name="apply_email" kind="email" label=t("partner-offer-apply-email") default=stored("apply_email")/>
                {if new {
                    view! {
                        <SelectField form=form.clone() name="original_lang" label=t("partner-offer-lang") hint=t("partner-offer-lang-hint") options=langs default=stored("original_lang")/>
                    }
                        .into_any()
                } else {
                    view! { <input type="hidden" name="original_lang" value=stored("original_lang")/> }.into_any()
                }}
                <ItemActions editor=editor.clone()/>
            </PostForm>
        </ItemFrame>
    }
}
