// The decision dialogs open with HTML invoker commands (commandfor/command), which need
// no script. Browsers older than those attributes get the same behaviour from here.
(function () {
  if ("command" in HTMLButtonElement.prototype) return;
  document.addEventListener("click", function (event) {
    var button = event.target.closest("button[commandfor]");
    if (!button) return;
    var dialog = document.getElementById(button.getAttribute("commandfor"));
    if (!dialog || typeof dialog.showModal !== "function") return;
    var command = button.getAttribute("command");
    if (command === "show-modal") dialog.showModal();
    else if (command === "close") dialog.close();
  });
})();
