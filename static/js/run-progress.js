// The matching run's page: poll the run's status every second and reload when it
// finishes, to show the summary. Reads the status URL from #run-progress.
(function () {
    var box = document.getElementById("run-progress");
    var bar = document.getElementById("run-progress-bar");
    if (!box || !bar || box.dataset.finished === "true") {
        return;
    }
    function poll() {
        fetch(box.dataset.statusUrl, {credentials: "same-origin"})
            .then(function (r) { return r.json(); })
            .then(function (data) {
                if (data.finished) { window.location.reload(); return; }
                bar.value = data.progress;
                box.querySelector("[data-run-percent]").textContent = data.progress + " %";
                box.querySelector("[data-run-status]").textContent = data.status_label;
                if (data.message) { box.querySelector("[data-run-message]").textContent = data.message; }
                window.setTimeout(poll, 1000);
            })
            .catch(function () { window.setTimeout(poll, 3000); });
    }
    window.setTimeout(poll, 1000);
})();
