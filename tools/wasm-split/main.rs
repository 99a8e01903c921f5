//! Builds the app's wasm and splits it into lazily loaded chunks, in place of Trunk's rust step
//! (Trunk cannot split: trunk-rs/trunk#1022). Run by `scripts/post-build` (a Trunk hook) on
//! Trunk's staging folder:
//!
//! ```text
//! wasm-split STAGING_DIR            (TRUNK_PROFILE and TRUNK_PUBLIC_URL from Trunk)
//! ```
//!
//! The order matters, and each step is needed (`src/app/flows.rs` has the split points):
//!
//! 1. `cargo build --target wasm32-unknown-unknown --bin skoleleder` linked with
//!    `-C link-args=--emit-relocs`: the splitter needs the relocations ("No linking section
//!    found" without them), and with `--cfg split_texts`: only this build fetches a language's
//!    texts as a chunk of its own (`src/i18n/mod.rs`), since only it has the chunks.
//! 2. `wasm_split_cli_support::transform` on that raw wasm (before wasm-bindgen, which would drop
//!    what the splitter reads): the main module, one `.wasm` per split point and per chunk of
//!    code shared by several, and `__wasm_split.js`, the loader the main module imports.
//! 3. `wasm-bindgen --target web --keep-lld-exports` on the main module only: the chunks link
//!    against the main module's memory, table and stack pointer, which wasm-bindgen would
//!    otherwise remove (the lazy route then never renders: "table import requires a
//!    WebAssembly.Table").
//! 4. `wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int` on every `.wasm`
//!    (a chunk carries no target-features section to tell wasm-opt what rustc used).
//! 5. Names by content (the splitter names chunks by their source position), references
//!    rewritten, in a release build the JS glue and the loader minified (terser, from npm),
//!    the files written to the staging folder, and the start-up `<script>` with its
//!    `modulepreload`/`preload` links put into the staged `index.html` as Trunk would have, in
//!    place of the `<link data-trunk rel="rust" data-trunk-skip>` Trunk left there.

use sha2::{Digest, Sha256, Sha384};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

const BIN: &str = "skoleleder";
/// The loader's name as the splitter writes it; replaced by a hashed name.
const LINK_NAME: &str = "__wasm_split.js";

fn fail(message: impl std::fmt::Display) -> ! {
    eprintln!("wasm-split: {message}");
    std::process::exit(1);
}

fn run(command: &mut Command) {
    let shown = format!("{command:?}");
    match command.status() {
        Ok(status) if status.success() => {}
        Ok(status) => fail(format!("{shown} failed: {status}")),
        Err(e) => fail(format!("{shown} could not start: {e}")),
    }
}

/// 16 hex digits of the content's SHA-256, as Trunk names its files.
fn content_hash(bytes: &[u8]) -> String {
    Sha256::digest(bytes)[..8]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// What `command` prints with `input` on its standard input; stops the build if it fails.
fn output_of(command: &mut Command, input: &[u8]) -> String {
    use std::io::Write;
    let shown = format!("{command:?}");
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| fail(format!("{shown} could not start: {e}")));
    let written = child.stdin.take().expect("piped").write_all(input);
    let output = child
        .wait_with_output()
        .unwrap_or_else(|e| fail(format!("{shown}: {e}")));
    if !output.status.success() || written.is_err() {
        fail(format!(
            "{shown} failed: {}: {}",
            output.status,
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    String::from_utf8(output.stdout).unwrap_or_else(|_| fail(format!("{shown}: not UTF-8")))
}

/// terser's options for [`minified`].
const MINIFY: [&str; 3] = ["--module", "--compress", "--mangle"];

/// `script` (an ES module) through terser (npm): wasm-bindgen's glue is written to be read
/// (comments, long local names), and every page loads it (67 KB raw, 8.8 KB in brotli before;
/// 7.0 after). The exports keep their names, which the start-up script imports.
fn minified(script: String) -> String {
    output_of(Command::new("terser").args(MINIFY), script.as_bytes())
}

/// Subresource-integrity value (`sha384-…`), as Trunk writes it.
fn integrity(bytes: &[u8]) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let digest = Sha384::digest(bytes);
    let mut out = String::from("sha384-");
    for chunk in digest.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

fn read(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_else(|e| fail(format!("{}: {e}", path.display())))
}

fn write(path: &Path, bytes: &[u8]) {
    std::fs::write(path, bytes).unwrap_or_else(|e| fail(format!("{}: {e}", path.display())));
}

/// Step 1: the raw wasm, linked with its relocations; returns its path.
fn cargo_build(release: bool) -> PathBuf {
    let mut cargo = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned()));
    // The relocations go in through `--config`, which cargo joins to the project's own wasm
    // flags (`.cargo/config.toml`: `--cfg erase_components`); setting RUSTFLAGS would replace
    // them. Only when RUSTFLAGS is set already (cargo then ignores every configured flag) are
    // they added there.
    match std::env::var("RUSTFLAGS") {
        Ok(flags) => cargo.env(
            "RUSTFLAGS",
            format!("{flags} -C link-args=--emit-relocs --cfg split_texts"),
        ),
        Err(_) => cargo.args([
            "--config",
            r#"target.wasm32-unknown-unknown.rustflags=["-C", "link-args=--emit-relocs", "--cfg", "split_texts"]"#,
        ]),
    };
    cargo
        .args([
            "build",
            "--target",
            "wasm32-unknown-unknown",
            "-p",
            BIN,
            "--bin",
            BIN,
        ])
        .args(["--message-format", "json-render-diagnostics"])
        .args(release.then_some("--release"))
        .stdout(Stdio::piped());
    let shown = format!("{cargo:?}");
    let output = cargo
        .spawn()
        .and_then(|child| child.wait_with_output())
        .unwrap_or_else(|e| fail(format!("{shown} could not start: {e}")));
    if !output.status.success() {
        fail(format!("{shown} failed: {}", output.status));
    }
    // The artifact's path, from cargo's own messages (wherever the target folder is).
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter(|message| {
            message["reason"] == "compiler-artifact" && message["target"]["name"] == BIN
        })
        .flat_map(|message| message["filenames"].as_array().cloned().unwrap_or_default())
        .filter_map(|name| name.as_str().map(PathBuf::from))
        .find(|path| path.extension().is_some_and(|e| e == "wasm"))
        .unwrap_or_else(|| fail("cargo named no .wasm artifact"))
}

/// A file to publish: its name in the staging folder and its bytes.
struct Output {
    name: String,
    bytes: Vec<u8>,
}

fn main() {
    let mut args = std::env::args().skip(1);
    let staging = PathBuf::from(
        args.next()
            .unwrap_or_else(|| fail("usage: wasm-split STAGING_DIR")),
    );
    let release = std::env::var("TRUNK_PROFILE").map_or(true, |p| p == "release");
    let public_url = std::env::var("TRUNK_PUBLIC_URL").unwrap_or_else(|_| "/".to_owned());
    let public_url = if public_url.ends_with('/') {
        public_url
    } else {
        format!("{public_url}/")
    };

    // 1. Build.
    let raw = cargo_build(release);
    let work = raw.with_file_name("wasm-split");
    let _ = std::fs::remove_dir_all(&work);
    let split_dir = work.join("split");
    let bindgen_dir = work.join("bindgen");
    for dir in [&split_dir, &bindgen_dir] {
        std::fs::create_dir_all(dir).unwrap_or_else(|e| fail(format!("{}: {e}", dir.display())));
    }

    // 2. Split the raw wasm.
    let main_wasm = work.join("main.wasm");
    let input = read(&raw);
    let link_name = format!("./{LINK_NAME}");
    let main_module = format!("./{BIN}.js");
    let split = wasm_split_cli_support::transform({
        let mut options = wasm_split_cli_support::Options::new(&input);
        options.output_dir = &split_dir;
        options.main_out_path = &main_wasm;
        options.link_name = &link_name;
        options.main_module = &main_module;
        options
    })
    .unwrap_or_else(|e| fail(format!("splitting {}: {e:?}", raw.display())));
    let files_of_split = split.prefetch_map;
    let mut chunks: Vec<PathBuf> = split.split_modules;
    chunks.sort();
    if chunks.is_empty() {
        fail("the wasm has no split points (`#[lazy]`, `#[lazy_route]`)");
    }

    // 3. wasm-bindgen on the main module only.
    run(Command::new("wasm-bindgen")
        .args([
            "--target",
            "web",
            "--keep-lld-exports",
            "--no-demangle",
            "--no-typescript",
        ])
        .args(["--out-name", BIN, "--out-dir"])
        .arg(&bindgen_dir)
        .arg(&main_wasm));
    let main_bg = bindgen_dir.join(format!("{BIN}_bg.wasm"));

    // 4. wasm-opt every module.
    if release {
        for wasm in std::iter::once(&main_bg).chain(&chunks) {
            run(Command::new("wasm-opt")
                .args([
                    "-Oz",
                    "--enable-bulk-memory",
                    "--enable-nontrapping-float-to-int",
                ])
                .arg(wasm)
                .arg("-o")
                .arg(wasm));
        }
    }

    // 5. Names by content, references rewritten.
    let mut outputs = Vec::new();
    // Chunk file name as written by the splitter -> hashed name.
    let mut renamed = BTreeMap::new();
    for chunk in &chunks {
        let bytes = read(chunk);
        let stem = chunk
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_else(|| fail("chunk name"));
        let name = format!("{stem}-{}.wasm", content_hash(&bytes));
        renamed.insert(format!("./{stem}.wasm"), name.clone());
        outputs.push(Output { name, bytes });
    }
    let main_bytes = read(&main_bg);
    let main_wasm_name = format!("{BIN}-{}_bg.wasm", content_hash(&main_bytes));
    let glue = String::from_utf8(read(&bindgen_dir.join(format!("{BIN}.js"))))
        .unwrap_or_else(|_| fail("wasm-bindgen's JS is not UTF-8"));
    let loader = String::from_utf8(read(&split_dir.join(LINK_NAME)))
        .unwrap_or_else(|_| fail("the split loader is not UTF-8"));
    // The glue and the loader import each other: one hash over both (and every wasm they name,
    // and the minifier that will rewrite them) names both, so neither name needs the other's.
    let minifier = if release {
        MINIFY.join(" ") + &output_of(Command::new("terser").arg("--version"), b"")
    } else {
        String::new()
    };
    let pair_hash = content_hash(
        [
            glue.as_bytes(),
            loader.as_bytes(),
            main_wasm_name.as_bytes(),
            minifier.as_bytes(),
        ]
        .into_iter()
        .chain(renamed.values().map(|name| name.as_bytes()))
        .collect::<Vec<_>>()
        .concat()
        .as_slice(),
    );
    let glue_name = format!("{BIN}-{pair_hash}.js");
    let loader_name = format!("__wasm_split-{pair_hash}.js");

    let mut loader = replace_exactly_once(
        &loader,
        &format!("\"{main_module}\""),
        &format!("\"./{glue_name}\""),
    );
    for (from, to) in &renamed {
        loader = replace_exactly_once(&loader, &format!("\"{from}\""), &format!("\"./{to}\""));
    }
    // Only the imports' specifiers (wasm-bindgen writes one per imported function group): the
    // imports object keeps the module name the wasm asks for.
    let glue = replace_all(
        &glue,
        &format!("from \"{link_name}\""),
        &format!("from \"./{loader_name}\""),
    );
    // The default address, used only when the start-up script names none.
    let glue = replace_exactly_once(
        &glue,
        &format!("'{BIN}_bg.wasm'"),
        &format!("'{main_wasm_name}'"),
    );
    outputs.push(Output {
        name: main_wasm_name.clone(),
        bytes: main_bytes,
    });
    let (glue, loader) = if release {
        (minified(glue), minified(loader))
    } else {
        (glue, loader)
    };
    outputs.push(Output {
        name: glue_name.clone(),
        bytes: glue.into_bytes(),
    });
    outputs.push(Output {
        name: loader_name.clone(),
        bytes: loader.into_bytes(),
    });

    for output in &outputs {
        write(&staging.join(&output.name), &output.bytes);
    }
    if bindgen_dir.join("snippets").exists() {
        fail("wasm-bindgen wrote snippets: copying them is not implemented");
    }

    // Each split point's files (its own and the shared chunks it needs), hashed names, for the
    // first paint's script to preload on a deep link (`tools/first-paint`): read as data, never
    // run, so the CSP has nothing to allow.
    let split_files: BTreeMap<&String, Vec<&String>> = files_of_split
        .iter()
        .map(|(split, stems)| {
            let files = stems
                .iter()
                .map(|stem| {
                    renamed.get(&format!("./{stem}.wasm")).unwrap_or_else(|| {
                        fail(format!("{split} needs {stem}, which was not written"))
                    })
                })
                .collect();
            (split, files)
        })
        .collect();
    let split_files = serde_json::to_string(&split_files).expect("names are strings");

    // 6. Start-up script and preloads into the staged index.html, as Trunk writes them.
    let sri = |name: &str| {
        integrity(
            &outputs
                .iter()
                .find(|o| o.name == name)
                .expect("written above")
                .bytes,
        )
    };
    let start = format!(
        r#"
<script type="module">
import init, * as bindings from '{public_url}{glue_name}';
const wasm = await init({{ module_or_path: '{public_url}{main_wasm_name}' }});
window.wasmBindings = bindings;
dispatchEvent(new CustomEvent("TrunkApplicationStarted", {{detail: {{wasm}}}}));
</script>
  <link rel="modulepreload" href="{public_url}{glue_name}" crossorigin="anonymous" integrity="{glue_sri}">
  <link rel="modulepreload" href="{public_url}{loader_name}" crossorigin="anonymous" integrity="{loader_sri}">
  <link rel="preload" href="{public_url}{main_wasm_name}" crossorigin="anonymous" integrity="{wasm_sri}" as="fetch" type="application/wasm">
  <script type="application/json" id="split-files">{split_files}</script>
"#,
        glue_sri = sri(&glue_name),
        loader_sri = sri(&loader_name),
        wasm_sri = sri(&main_wasm_name),
    );
    // In place of the rust link Trunk was told to skip (`data-trunk-skip`), which it leaves as is.
    let index = staging.join("index.html");
    let html = String::from_utf8(read(&index)).unwrap_or_else(|_| fail("index.html is not UTF-8"));
    if html.contains("<script type=\"module\">") {
        fail("index.html already has a start-up script: Trunk built the wasm (no `data-trunk-skip`?)");
    }
    let marker = "<link data-trunk rel=\"rust\"";
    let Some(at) = html.find(marker) else {
        fail(format!(
            "index.html has no `{marker} … data-trunk-skip>` to replace"
        ))
    };
    let end = at
        + html[at..]
            .find('>')
            .unwrap_or_else(|| fail("unclosed rust link"))
        + 1;
    if !html[at..end].contains("data-trunk-skip") {
        fail("the rust link in index.html lacks `data-trunk-skip`: Trunk would build the wasm too");
    }
    let html = format!("{}{}{}", &html[..at], start.trim(), &html[end..]);
    write(&index, html.as_bytes());

    let mut sizes: Vec<String> = outputs
        .iter()
        .map(|o| format!("{} ({} B)", o.name, o.bytes.len()))
        .collect();
    sizes.sort();
    println!("wasm-split: {}", sizes.join(", "));
}

/// `text` with every `from` replaced by `to`; stops the build when there is none.
fn replace_all(text: &str, from: &str, to: &str) -> String {
    match text.contains(from) {
        true => text.replace(from, to),
        false => fail(format!("expected {from:?} in generated code, found none")),
    }
}

/// `text` with `from` replaced by `to`; stops the build unless `from` occurs exactly once (the
/// generated files' shape has changed: check the rewriting before shipping).
fn replace_exactly_once(text: &str, from: &str, to: &str) -> String {
    match text.matches(from).count() {
        1 => text.replacen(from, to, 1),
        n => fail(format!(
            "expected {from:?} once in generated code, found it {n} times"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integrity_is_base64_sha384() {
        // printf '' | openssl dgst -sha384 -binary | base64
        assert_eq!(
            integrity(b""),
            "sha384-OLBgp1GsljhM2TJ+sbHjaiH9txEUvgdDTAzHv2P24donTt6/529l+9Ua0vFImLlb"
        );
        assert_eq!(
            integrity(b"abc"),
            "sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn"
        );
    }

    #[test]
    fn hashes_have_sixteen_hex_digits() {
        let hash = content_hash(b"x");
        assert_eq!(hash.len(), 16);
        assert!(hash.bytes().all(|b| b.is_ascii_hexdigit()));
    }

    #[test]
    fn replaces_once_only() {
        assert_eq!(replace_exactly_once("a b c", "b", "x"), "a x c");
    }
}
