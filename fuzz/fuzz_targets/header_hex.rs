//! Any text pasted into the "verify a real block" box: parsing and verifying must not panic; a
//! parse that succeeds writes back as 160 hex digits that parse to the same header, and verify
//! agrees with the parser.
#![no_main]

use hashwatt_core::model::header::BlockHeader;
use hashwatt_core::model::verify::verify;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let parsed = BlockHeader::parse_hex(&text);
    let verified = verify(&text);
    match parsed {
        Ok(header) => {
            let hex = header.to_hex();
            assert_eq!(hex.len(), 160);
            assert_eq!(BlockHeader::parse_hex(&hex), Ok(header));
            let v = verified.expect("verify accepts what parse_hex accepts");
            assert_eq!(v.header, header);
            assert_eq!(v.hash, header.hash());
        }
        Err(error) => {
            assert_eq!(verified.err(), Some(error));
            assert!(!error.to_string().is_empty());
        }
    }
});
