//! The page frame: masthead, sticky table of contents, the sections in story order, colophon.

use yew::prelude::*;

use hashwatt_core::content::SECTION_IDS;
use hashwatt_core::model::deck::{first_step_of, END_REGION, END_TEXT};
use hashwatt_core::model::presentation::Action as PresentAction;

use super::ai::AiSection;
use super::centralization::CentralizationSection;
use super::economics::EconomicsSection;
use super::faq::FaqSection;
use super::glossary::GlossarySection;
use super::mine::MineSection;
use super::present::{use_presentation, PresentBar};
use super::sources::SourcesSection;
use super::speaker::SpeakerView;
use super::state::{use_scenario_root, ScenarioHandle, SettledScenario};
use super::story::StorySection;
use super::toc::Toc;

/// A section of the page: its anchor id and its title in the table of contents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SectionInfo {
    pub id: &'static str,
    pub title: &'static str,
}

/// The page's sections, in order. Every entry is a `<section id=...>` rendered below; the ids are
/// the core's [`SECTION_IDS`] (the anchors its content may link to), in the same order, which the
/// build checks below.
pub const SECTIONS: &[SectionInfo] = &[
    SectionInfo {
        id: "story",
        title: "The story",
    },
    SectionInfo {
        id: "mine",
        title: "Mine a block",
    },
    SectionInfo {
        id: "economics",
        title: "Economics",
    },
    SectionInfo {
        id: "centralization",
        title: "Centralization",
    },
    SectionInfo {
        id: "ai",
        title: "AI's other path",
    },
    SectionInfo {
        id: "glossary",
        title: "Glossary",
    },
    SectionInfo {
        id: "faq",
        title: "FAQ",
    },
    SectionInfo {
        id: "sources",
        title: "Sources",
    },
];

// One list of sections: a mismatch with the core's ids (one added, removed, renamed or moved on
// one side only) fails the build, natively and for wasm32.
const _: () = assert!(
    same_ids(SECTIONS, SECTION_IDS),
    "ui::SECTIONS must list content::SECTION_IDS, in the same order"
);

/// Whether `sections` has exactly the ids `ids`, in order (const: `==` on `str` is not).
const fn same_ids(sections: &[SectionInfo], ids: &[&str]) -> bool {
    if sections.len() != ids.len() {
        return false;
    }
    let mut i = 0;
    while i < ids.len() {
        let (a, b) = (sections[i].id.as_bytes(), ids[i].as_bytes());
        if a.len() != b.len() {
            return false;
        }
        let mut j = 0;
        while j < a.len() {
            if a[j] != b[j] {
                return false;
            }
            j += 1;
        }
        i += 1;
    }
    true
}

/// The page, or the speaker view when the address has `?speaker` (opened by `S` in the deck).
#[function_component(App)]
pub fn app() -> Html {
    let speaker = super::url::address_query().speaker();
    if speaker {
        html! { <SpeakerView /> }
    } else {
        html! { <Page /> }
    }
}

#[function_component(Page)]
fn page() -> Html {
    let (scenario, settled) = use_scenario_root();
    let presentation = use_presentation();
    let presenting = presentation.0.active;
    use_effect_with((), |_| super::offline::register());
    super::print::use_print_opens_details();
    super::landing::use_land_on_fragment();
    let on_present = {
        let presentation = presentation.clone();
        Callback::from(move |_: MouseEvent| {
            let reading = super::toc::current_section(SECTIONS)
                .and_then(|i| SECTIONS.get(i))
                .map_or(0, |s| first_step_of(s.id));
            presentation.dispatch(PresentAction::Enter(reading));
        })
    };
    html! {
        <ContextProvider<ScenarioHandle> context={scenario}>
        <ContextProvider<SettledScenario> context={settled}>
          <div class={classes!("page", presenting.then_some("presenting"),
                               (presenting && presentation.0.blank).then_some("deck-blank"))}>
            <a class="skip-link" href="#story">{ "Skip to the story" }</a>
            if presenting {
                <PresentBar state={presentation} />
            }
            <header class="masthead" id="masthead">
                <div class="masthead-inner">
                    <p class="kicker">{ "Hashwatt · an interactive explainer" }</p>
                    <h1>
                        <span class="btc">{ "Bitcoin mining" }</span>{ " moved into a few farms and pools. " }
                        <span class="ai">{ "AI" }</span>{ " may move the other way." }
                    </h1>
                    <p class="dek">
                        { "Why the work of securing Bitcoin left home computers for industrial farms with \
                           cheap power, what that means for who controls it, and why AI might travel from \
                           data centres toward the devices in our pockets." }
                    </p>
                </div>
            </header>
            <div class="layout">
                <Toc sections={SECTIONS} {on_present} />
                <main id="main">
                    <StorySection />
                    <MineSection />
                    <EconomicsSection />
                    <CentralizationSection />
                    <AiSection />
                    <GlossarySection />
                    <FaqSection />
                    <SourcesSection />
                </main>
                if presenting {
                    <div class="deck-end" id={END_REGION}>
                        <p>{ END_TEXT }</p>
                    </div>
                }
            </div>
            <footer class="colophon">
                <p>
                    { "Hashwatt runs entirely in your browser: no data leaves the page, nothing is stored, \
                       and the miner starts only when you press Start. Every figure names its source and date \
                       in " }
                    <a href="#sources">{ "Sources" }</a>{ "." }
                </p>
            </footer>
          </div>
        </ContextProvider<SettledScenario>>
        </ContextProvider<ScenarioHandle>>
    }
}
