//! `/{lang}/admin/organisations`: every organisation (status, verified mark, editors) and the
//! form that creates one.

use crate::admin::api::{list_organisations, OrganisationRow};
use crate::catalogue::codes::{country_key, org_kind_key, COUNTRIES, ORG_KINDS};
use crate::i18n::{t, use_lang, Lang};
use crate::ui::admin_nav::AdminNav;
use crate::ui::form::{FormState, PostForm, SelectField, TextArea, TextField};
use crate::ui::load::load_page;
use crate::ui::page_title::PageTitle;
use crate::ui::status_tag::StatusTag;
use crate::web::urls::Route;
use leptos::prelude::*;

const FIELDS: [&str; 7] = [
    "name",
    "kind",
    "country",
    "city",
    "website",
    "original_lang",
    "description",
];

#[component]
pub fn OrganisationsAdminPage() -> impl IntoView {
    load_page(list_organisations, |rows| view! { <OrganisationsAdmin rows/> })
}

#[component]
fn OrganisationsAdmin(rows: Vec<OrganisationRow>) -> impl IntoView {
    let lang = use_lang();
    let form = FormState::current();
    let title = t("admin-organisations-title");
    let pairs = |codes: &[&str], key: fn(&str) -> String| -> Vec<(String, String)> {
        codes.iter().map(|c| (c.to_string(), t(&key(c)))).collect()
    };
    let langs: Vec<(String, String)> = Lang::ALL
        .iter()
        .map(|l| (l.code().to_string(), t(&l.endonym_key())))
        .collect();
    view! {
        <PageTitle title=title.clone()/>
        <h1>{title}</h1>
        <AdminNav/>
        <div class="table-wrap">
            <table class="stack-table">
                <thead>
                    <tr>
                        <th scope="col">{t("admin-organisations-col-name")}</th>
                        <th scope="col">{t("filter-country")}</th>
                        <th scope="col">{t("partner-col-status")}</th>
                        <th scope="col">{t("admin-organisations-col-verified")}</th>
                        <th scope="col">{t("admin-organisations-col-editors")}</th>
                    </tr>
                </thead>
                <tbody>
                    {rows
                        .into_iter()
                        .map(|o| {
                            view! {
                                <tr>
                                    <th scope="row"><a href=Route::AdminOrganisation(o.id).at(lang)>{o.name}</a></th>
                                    <td>{t(&country_key(&o.country))}</td>
                                    <td><StatusTag status=o.status/></td>
                                    <td>{t(if o.verified { "admin-yes" } else { "admin-no" })}</td>
                                    <td>{o.editors}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
        <section aria-labelledby="new-organisation" class="account-section">
            <h2 id="new-organisation">{t("admin-organisations-new")}</h2>
            <PostForm form=form.clone() action=Route::AdminOrganisations.at(lang) fields=&FIELDS form_errors=true class="stack-form">
                <TextField form=form.clone() name="name" label=t("admin-organisations-col-name") required=true/>
                <SelectField form=form.clone() name="kind" label=t("admin-organisations-kind") options=pairs(&ORG_KINDS, org_kind_key)/>
                <SelectField form=form.clone() name="country" label=t("filter-country") options=pairs(&COUNTRIES, country_key)/>
                <TextField form=form.clone() name="city" label=t("partner-offer-city") required=true/>
                <TextField form=form.clone() name="website" kind="url" label=t("admin-organisations-website") hint=t("partner-url-hint")/>
                <SelectField form=form.clone() name="original_lang" label=t("partner-offer-lang") options=langs default=lang.code().to_string()/>
                <TextArea form=form.clone() name="description" label=t("admin-organisations-description") rows=4/>
                <button type="submit" class="button">{t("admin-organisations-create")}</button>
            </PostForm>
        </section>
    }
}
