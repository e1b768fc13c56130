/**
 * billing-callback.html: where the billing server's login sends the browser back. Hands the code
 * (or the error) to the app window that opened the login, which checks the state and exchanges it.
 */
const params = new URLSearchParams(window.location.search);
const answer = { type: "billing-auth", code: params.get("code") ?? undefined, state: params.get("state") ?? undefined, error: params.get("error") ?? undefined };
const message = document.getElementById("message");
if (window.opener) {
  (window.opener as Window).postMessage(answer, window.location.origin);
  if (message) message.textContent = "Connected. This window closes by itself.";
  window.close();
} else if (message) {
  message.textContent = "This page finishes a login started from the app; open the app and choose \"Connect billing server\".";
}
