// 连接中断提示的按钮（见 Components/Layout/ReconnectModal.razor）。显示哪段文字由 app.css 按 Blazor 加的状态类决定。
(() => {
    const modal = document.getElementById("components-reconnect-modal");
    if (!modal) return;
    const byId = id => document.getElementById(id);

    async function retry() {
        try {
            // true: reconnected; false: the server was reached but no longer knows the circuit — start afresh.
            if (!(await Blazor.reconnect())) location.reload();
        } catch {
            // Not reached: Blazor shows the failed state again; the user may retry.
        }
    }

    async function resume() {
        try {
            if (!(await Blazor.resumeCircuit())) location.reload();
        } catch {
            location.reload();
        }
    }

    byId("components-reconnect-button")?.addEventListener("click", retry);
    byId("components-resume-button")?.addEventListener("click", resume);
    byId("components-reload-button")?.addEventListener("click", () => location.reload());
    modal.addEventListener("components-reconnect-state-changed", event => {
        if (event.detail?.state === "rejected") location.reload();
    });
})();
