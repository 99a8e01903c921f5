fn main() {
    skoleleder::components::crash::install_panic_notice();
    // A deep link into a flow waits for that flow's wasm chunk, under the first paint.
    skoleleder::app::flows::after_current_flow(|| {
        // At most about half a second of frames (frames wait while the tab is hidden).
        skoleleder::components::layout::after_first_paint(30, || {
            leptos::mount::mount_to_body(skoleleder::app::App);
            skoleleder::components::layout::remove_first_paint();
        });
    });
}
