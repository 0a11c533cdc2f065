//! The glossary: every term the page uses, each with an anchor `glossary-<slug>`.

use yew::prelude::*;

use super::widgets::Paragraph;
use hashwatt_core::content::glossary::{is_article_term, GLOSSARY};

#[function_component(GlossarySection)]
pub fn glossary_section() -> Html {
    html! {
        <section id="glossary" aria-labelledby="glossary-title">
            <h2 id="glossary-title">{ "Glossary" }</h2>
            <p class="section-lede">
                { "The words this page uses, in plain terms. Terms marked \u{201c}from the article\u{201d} \
                   are the ones the original article defines; the rest are the page's own." }
            </p>
            <dl class="glossary-list">
                { for GLOSSARY.iter().map(|term| {
                    let class = classes!("glossary-entry", is_article_term(term.slug).then_some("article-term"));
                    html! {
                        <div class={class} id={format!("glossary-{}", term.slug)}>
                            <dt>{ term.name }</dt>
                            <dd>
                                <p id={format!("glossary-def-{}", term.slug)}>{ term.short }</p>
                                <Paragraph text={term.long} own_slug={Some(term.slug)} />
                            </dd>
                        </div>
                    }
                }) }
            </dl>
        </section>
    }
}
