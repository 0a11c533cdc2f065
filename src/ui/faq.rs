//! The FAQ: the article's questions as `<details>`, answered in the page's own words.

use yew::prelude::*;

use super::widgets::Paragraph;
use hashwatt_core::content::faq::FAQ;

#[function_component(FaqSection)]
pub fn faq_section() -> Html {
    html! {
        <section id="faq" class="faq" aria-labelledby="faq-title">
            <h2 id="faq-title">{ "Questions people ask" }</h2>
            { for FAQ.iter().map(|item| html! {
                <details id={format!("faq-{}", item.id)}>
                    <summary>{ item.question }</summary>
                    <div class="answer">
                        { for item.answer.iter().map(|p| html! { <Paragraph text={*p} /> }) }
                    </div>
                </details>
            }) }
        </section>
    }
}
