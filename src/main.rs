fn main() {
    leptos::mount::mount_to_body(skoleleder::app::App);
    skoleleder::components::layout::remove_first_paint();
}
