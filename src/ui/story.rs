//! The story: the article's argument in plain words, under the article's own questions.

use yew::prelude::*;

use super::widgets::Paragraph;
use hashwatt_core::content::story::STORY;

#[function_component(StorySection)]
pub fn story_section() -> Html {
    html! {
        <section id="story" aria-labelledby="story-title">
            <h2 id="story-title">{ "The story" }</h2>
            <p class="story-try">
                <a id="story-try-mining" class="button primary" href="#mine">{ "Try mining now" }</a>
            </p>
            <div class="prose">
                { for STORY.iter().map(|part| html! {
                    <article class="story-part" id={part.id} aria-labelledby={format!("{}-h", part.id)}>
                        <h3 id={format!("{}-h", part.id)}>{ part.heading }</h3>
                        { for part.paragraphs.iter().map(|p| html! { <Paragraph text={*p} /> }) }
                    </article>
                }) }
            </div>
        </section>
    }
}
