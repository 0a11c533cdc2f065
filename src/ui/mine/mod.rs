//! The `#mine` section: mine real Bitcoin-style block headers in Web Workers, see why a laptop no
//! longer stands a chance, and verify a real block.

mod compare;
mod fallback;
mod hash_text;
mod miner;
mod panels;
pub mod pool;
mod verify;
mod worker_link;

use hashwatt_core::model::verify::PracticeBlock;
use yew::prelude::*;

use super::widgets::Paragraph;

pub use hash_text::HashText;

#[function_component(MineSection)]
pub fn mine_section() -> Html {
    let verify_text = use_state(verify::first_known_header);
    let practice = use_state(|| None::<PracticeBlock>);
    let on_verify = {
        let verify_text = verify_text.clone();
        let practice = practice.clone();
        Callback::from(move |block: PracticeBlock| {
            verify_text.set(block.header.to_hex());
            practice.set(Some(block));
            verify::show_verifier();
        })
    };
    html! {
        <section id="mine" aria-labelledby="mine-title">
            <h2 id="mine-title">{ "Mine a block in your browser" }</h2>
            <div class="prose">
                <Paragraph text="Mining is a lottery you enter by computing hashes. A miner takes an 80-byte block header, changes one field, the nonce, and runs double SHA-256 over it again and again until the hash, read as a number, falls below a target. Nothing about the next hash can be predicted, so the only way to win more often is to hash faster." />
                <p class="panel notice">
                    <strong>{ "This is a real computation on your own processor. " }</strong>
                    { "When you press Start, your CPU runs double SHA-256 on every core you allow, at full \
                       speed, so your fan may spin up and a laptop on battery will drain faster. Nothing is \
                       sent anywhere: the headers are mined locally and are not part of the real Bitcoin \
                       network. Mining pauses when you switch tabs, and stops when you press Stop." }
                </p>
            </div>
            <miner::Miner {on_verify} />
            <verify::Verify text={verify_text} practice={(*practice).clone()} />
        </section>
    }
}
