//! `/{lang}/account/saved`: saved offers and saved searches, with their alerts.

use super::card::OfferCardItem;
use crate::i18n::{t, t_args, use_lang};
use crate::offers::api::my_saved;
use crate::offers::model::SavedPage;
use crate::ui::form::{FormErrors, FormState, PostForm};
use crate::ui::load::load_page;
use crate::ui::page_title::PageTitle;
use crate::web::urls::Route;
use leptos::prelude::*;

#[component]
pub fn SavedOffersPage() -> impl IntoView {
    let lang = use_lang();
    view! {
        <PageTitle title=t("offers-saved-title")/>
        <h1>{t("offers-saved-title")}</h1>
        {load_page(move || my_saved(lang), |saved| view! { <Saved saved/> })}
    }
}

#[component]
fn Saved(saved: SavedPage) -> impl IntoView {
    let lang = use_lang();
    let form = FormState::current();
    let action = Route::Saved.at(lang);
    let offers = if saved.offers.is_empty() {
        view! { <p>{t("offers-saved-none")} " " <a href=Route::Offers.at(lang)>{t("nav-offers")}</a></p> }
            .into_any()
    } else {
        let (form, action) = (form.clone(), action.clone());
        view! {
            <ul class="cards">
                {saved
                    .offers
                    .into_iter()
                    .map(|(id, card)| {
                        let title = card.title.clone();
                        let footer = view! {
                            <PostForm form=form.clone() action=action.clone() fields=&[] class="inline-form">
                                <input type="hidden" name="action" value="remove-offer"/>
                                <input type="hidden" name="id" value=id.to_string()/>
                                <button type="submit" class="button-secondary">
                                    {t_args("offers-remove-saved", &[("title", title.into())])}
                                </button>
                            </PostForm>
                        }
                            .into_any();
                        view! { <OfferCardItem card heading=3 footer/> }
                    })
                    .collect_view()}
            </ul>
        }
        .into_any()
    };
    let searches = if saved.searches.is_empty() {
        view! { <p>{t("offers-searches-none")}</p> }.into_any()
    } else {
        let (form, action) = (form.clone(), action.clone());
        view! {
            <ul class="saved-searches">
                {saved
                    .searches
                    .into_iter()
                    .map(|s| {
                        let label = if s.filters.is_empty() {
                            t("offers-search-everything")
                        } else {
                            s.filters
                                .iter()
                                .map(|(name, value)| format!("{}: {value}", t(&format!("offers-filter-{name}"))))
                                .collect::<Vec<_>>()
                                .join(" · ")
                        };
                        let href = Route::OffersQuery(&s.query).at(lang);
                        let count = t_args("offers-count", &[("count", i64::try_from(s.total).unwrap_or(0).into())]);
                        view! {
                            <li>
                                <a href=href>{label}</a> " — " {count} " · "
                                {t(if s.alert { "offers-alert-is-on" } else { "offers-alert-is-off" })}
                                <PostForm form=form.clone() action=action.clone() fields=&[] class="inline-form">
                                    <input type="hidden" name="action" value=if s.alert { "alert-off" } else { "alert-on" }/>
                                    <input type="hidden" name="id" value=s.id.to_string()/>
                                    <button type="submit" class="button-secondary">
                                        {t(if s.alert { "offers-alert-turn-off" } else { "offers-alert-turn-on" })}
                                    </button>
                                </PostForm>
                                <PostForm form=form.clone() action=action.clone() fields=&[] class="inline-form">
                                    <input type="hidden" name="action" value="remove-search"/>
                                    <input type="hidden" name="id" value=s.id.to_string()/>
                                    <button type="submit" class="button-secondary">{t("offers-remove-search")}</button>
                                </PostForm>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
            .into_any()
    };
    view! {
        <FormErrors form=form.clone() fields=&[] form_errors=true/>
        <section aria-labelledby="saved-offers">
            <h2 id="saved-offers">{t("offers-saved-offers")}</h2>
            {offers}
        </section>
        <section aria-labelledby="saved-searches">
            <h2 id="saved-searches">{t("offers-saved-searches")}</h2>
            <p class="small">{t("offers-saved-searches-intro")}</p>
            {searches}
        </section>
    }
}
