// Enhances a page with a Leaflet map of the markers in #kaart's data-markeringen. The page is complete
// without it: the result list and the addresses carry the same information (the list is the text
// alternative of the map). With no network the tiles stay blank; markers, list and layout still work.
(function () {
  'use strict';
  var element = document.getElementById('kaart');
  if (!element || typeof L === 'undefined') {
    return;
  }
  var markeringen = JSON.parse(element.getAttribute('data-markeringen') || '[]');
  var zoekUrl = element.getAttribute('data-zoek-url');
  var kader = zoekUrl ? new URL(zoekUrl, window.location.href).searchParams.get('kader') : null;
  if (markeringen.length === 0 && !kader) {
    element.hidden = true;
    return;
  }
  var kaart = L.map(element, { scrollWheelZoom: false });
  L.tileLayer(element.getAttribute('data-kaartlaag'), {
    maxZoom: 19,
    attribution: element.getAttribute('data-kaartbron')
  }).addTo(kaart);

  // clusters when the plugin is on the page (results), a plain layer otherwise (detail page)
  var laag = typeof L.markerClusterGroup === 'function'
    ? L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40 })
    : L.layerGroup();
  var perId = {};
  var punten = markeringen.map(function (m) {
    var marker = L.marker([m.lat, m.lon], { title: m.naam, alt: m.naam, keyboard: true });
    var link = document.createElement('a');
    link.href = m.url;
    link.textContent = m.naam;
    var plek = document.createElement('div');
    plek.textContent = m.locatie;
    var inhoud = document.createElement('div');
    inhoud.appendChild(link);
    inhoud.appendChild(plek);
    marker.bindPopup(inhoud);
    marker.on('click', function () { markeerLijst(m.id); });
    (perId[m.id] = perId[m.id] || []).push(marker);
    laag.addLayer(marker);
    return [m.lat, m.lon];
  });
  // the view first: the cluster layer can only place its markers on a map that has a zoom level
  if (punten.length > 0) {
    kaart.fitBounds(L.latLngBounds(punten).pad(0.2), { maxZoom: 15 });
  } else {
    var k = kader.split(',').map(Number);
    kaart.fitBounds([[k[0], k[1]], [k[2], k[3]]]);
  }
  laag.addTo(kaart);
  element.setAttribute('data-markers-geplaatst', String(laag.getLayers().length));

  // list -> map: pointing at or tabbing into a result lights up its markers
  function markeerKaart(id, aan) {
    (perId[id] || []).forEach(function (marker) {
      marker.setZIndexOffset(aan ? 1000 : 0);
      var icoon = marker.getElement && marker.getElement();
      if (icoon) { icoon.classList.toggle('gemarkeerd', aan); }
    });
  }
  // map -> list: a clicked marker lights up its result and brings it into view
  function markeerLijst(id) {
    document.querySelectorAll('.resultaat.gemarkeerd').forEach(function (r) { r.classList.remove('gemarkeerd'); });
    var item = document.getElementById('resultaat-' + id);
    if (item) {
      item.classList.add('gemarkeerd');
      if (item.offsetParent !== null) { item.scrollIntoView({ block: 'nearest' }); }
    }
  }
  document.querySelectorAll('.resultaat[data-id]').forEach(function (item) {
    var id = item.getAttribute('data-id');
    item.addEventListener('mouseenter', function () { markeerKaart(id, true); });
    item.addEventListener('mouseleave', function () { markeerKaart(id, false); });
    item.addEventListener('focusin', function () { markeerKaart(id, true); });
    item.addEventListener('focusout', function () { markeerKaart(id, false); });
  });

  function naar(wijzig) {
    var url = new URL(zoekUrl, window.location.href);
    url.searchParams.delete('pagina');
    wijzig(url.searchParams);
    window.location.href = url.pathname + '?' + url.searchParams.toString();
  }

  // "Zoek in dit gebied" appears once the resident moves or zooms the map themselves
  var zoekHier = document.querySelector('[data-zoek-hier]');
  if (zoekHier && zoekUrl) {
    kaart.whenReady(function () {
      setTimeout(function () {
        kaart.on('movestart', function () { zoekHier.hidden = false; });
      }, 300);
    });
    zoekHier.addEventListener('click', function () {
      var b = kaart.getBounds();
      naar(function (p) {
        p.set('kader', [b.getSouth(), b.getWest(), b.getNorth(), b.getEast()].map(function (x) { return x.toFixed(5); }).join(','));
      });
    });
  }

  var mijnLocatie = document.querySelector('[data-mijn-locatie]');
  if (mijnLocatie && zoekUrl && 'geolocation' in navigator) {
    mijnLocatie.hidden = false;
    mijnLocatie.addEventListener('click', function () {
      navigator.geolocation.getCurrentPosition(function (plek) {
        naar(function (p) {
          p.delete('bij');
          p.delete('kader');
          p.set('lat', plek.coords.latitude.toFixed(5));
          p.set('lon', plek.coords.longitude.toFixed(5));
          p.set('sortering', 'afstand');
        });
      }, function () {
        mijnLocatie.textContent = 'Locatie niet beschikbaar';
        mijnLocatie.disabled = true;
      }, { timeout: 10000 });
    });
  }

  // on a phone: list or map, one at a time
  var wissel = document.querySelector('.weergave-wissel');
  var houder = document.getElementById('resultaten-en-kaart');
  if (wissel && houder) {
    wissel.hidden = false;
    wissel.querySelectorAll('[data-weergave]').forEach(function (knop) {
      knop.addEventListener('click', function () {
        var kaartTonen = knop.getAttribute('data-weergave') === 'kaart';
        houder.classList.toggle('toon-kaart', kaartTonen);
        houder.classList.toggle('toon-lijst', !kaartTonen);
        wissel.querySelectorAll('[data-weergave]').forEach(function (k) { k.setAttribute('aria-pressed', String(k === knop)); });
        if (kaartTonen) { kaart.invalidateSize(); }
      });
    });
  }
})();
