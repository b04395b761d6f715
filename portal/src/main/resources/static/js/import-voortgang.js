// Progress of a running import: polls the status endpoint and updates the bar; reloads the page when the
// step is done, so the server renders the result. Without JavaScript the page refreshes itself (noscript).
(function () {
  'use strict';
  var blok = document.getElementById('voortgang');
  if (!blok || !window.fetch) {
    return;
  }
  var balk = document.getElementById('voortgang-balk');
  var tekst = document.getElementById('voortgang-tekst');
  var fase = null;

  function vraag() {
    fetch(blok.getAttribute('data-status'), { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (antwoord) { return antwoord.ok ? antwoord.json() : null; })
      .then(function (status) {
        if (!status) {
          window.location.reload();
          return;
        }
        if (fase !== null && status.fase !== fase || !status.bezig) {
          window.location.reload();
          return;
        }
        fase = status.fase;
        balk.value = status.procent;
        balk.textContent = status.procent + '%';
        tekst.textContent = status.verwerkt + ' van ' + status.totaal + ' rijen';
        window.setTimeout(vraag, 700);
      })
      .catch(function () { window.setTimeout(vraag, 2000); });
  }
  vraag();
}());
