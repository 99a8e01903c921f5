fn main() {
    skoleleder::components::crash::install_panic_notice();
    // Under the first paint, the app waits for the texts of the language it starts in (when
    // not bokmål) and, on a deep link into a flow, for that flow's wasm chunk.
    skoleleder::state::language::after_initial_texts(|| {
        skoleleder::app::flows::after_current_flow(|| {
            // At most about half a second of frames (frames wait while the tab is hidden).
            skoleleder::components::layout::after_first_paint(30, || {
                leptos::mount::mount_to_body(skoleleder::app::App);
                skoleleder::components::layout::remove_first_paint();
            });
        });
    });
}
