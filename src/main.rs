fn main() {
    leptos::mount::mount_to_body(skoleleder::app::App);
}
