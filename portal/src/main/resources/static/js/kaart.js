// Enhances a page with a Leaflet map of the markers in #kaart's data-markeringen. The page is complete
// without it: the result list and the addresses carry the same information.
(function () {
  'use strict';
  var element = document.getElementById('kaart');
  if (!element || typeof L === 'undefined') {
    return;
  }
  var markeringen = JSON.parse(element.getAttribute('data-markeringen') || '[]');
  if (markeringen.length === 0) {
    element.hidden = true;
    return;
  }
  var kaart = L.map(element, { scrollWheelZoom: false });
  L.tileLayer(element.getAttribute('data-kaartlaag'), {
    maxZoom: 19,
    attribution: element.getAttribute('data-kaartbron')
  }).addTo(kaart);
  var punten = markeringen.map(function (m) {
    var marker = L.marker([m.lat, m.lon], { title: m.naam, alt: m.naam }).addTo(kaart);
    var link = document.createElement('a');
    link.href = m.url;
    link.textContent = m.naam;
    var plek = document.createElement('div');
    plek.textContent = m.locatie;
    var inhoud = document.createElement('div');
    inhoud.appendChild(link);
    inhoud.appendChild(plek);
    marker.bindPopup(inhoud);
    return [m.lat, m.lon];
  });
  kaart.fitBounds(L.latLngBounds(punten).pad(0.2), { maxZoom: 15 });
  element.setAttribute('data-markers-geplaatst', String(punten.length));
})();
