fn main() {
    yew::Renderer::<pillars::App>::new().render();
}
