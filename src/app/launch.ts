import { isLaunchProblem } from "../smart/launch-error.ts";
import { beginLaunch } from "../smart/smart-session.ts";
import { loadSmartConfig } from "./load-smart-config.ts";

async function launch() {
  const target = document.getElementById("launch");
  try {
    await beginLaunch(new URL(window.location.href), await loadSmartConfig());
  } catch (error) {
    if (!target) return;
    const detail = isLaunchProblem(error) ? error.detail : error instanceof Error ? error.message : String(error);
    target.innerHTML = "";
    const title = document.createElement("h1");
    title.textContent = "The app could not be launched";
    const text = document.createElement("p");
    text.textContent = detail;
    const next = document.createElement("p");
    next.textContent = "Launch it again from the patient's chart in your EHR. If this keeps happening, ask your administrator to check the app's registration.";
    target.append(title, text, next);
  }
}

void launch();
